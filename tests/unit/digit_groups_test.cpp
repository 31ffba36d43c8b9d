#include <catch2/catch.hpp>

#include "analysis/digit_groups.h"

using mss::join_digit_groups;

TEST_CASE("thousands separators are dropped from numbers", "[digit-groups]") {
    CHECK(join_digit_groups("1,000") == "1000");
    CHECK(join_digit_groups("2,500") == "2500");
    CHECK(join_digit_groups("700,000") == "700000");
    CHECK(join_digit_groups("1,234,567.89") == "1234567.89");
}

TEST_CASE("things that only look like grouped numbers are kept", "[digit-groups]") {
    CHECK(join_digit_groups("2,50") == "2,50");
    CHECK(join_digit_groups("1234,567") == "1234,567");
    CHECK(join_digit_groups("1,000.") == "1,000.");
    CHECK(join_digit_groups("2025") == "2025");
    CHECK(join_digit_groups("a,bcd") == "a,bcd");
}
