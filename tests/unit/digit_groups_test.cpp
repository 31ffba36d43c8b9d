#include <catch2/catch.hpp>

#include <utility>

#include "analysis/digit_groups.h"

using mss::join_digit_groups;

TEST_CASE("thousands separators are dropped from numbers", "[digit-groups]") {
    for (const auto& [written, joined] :
         {std::pair{"1,000", "1000"}, std::pair{"2,500", "2500"}, std::pair{"700,000", "700000"},
          std::pair{"1,234,567.89", "1234567.89"}}) {
        CAPTURE(written);
        CHECK(join_digit_groups(written) == joined);
    }
}

TEST_CASE("things that only look like grouped numbers are kept", "[digit-groups]") {
    for (const char* written : {"2,50", "1234,567", "1,000.", "2025", "a,bcd"}) {
        CAPTURE(written);
        CHECK(join_digit_groups(written) == written);
    }
}
