#include <catch2/catch.hpp>

#include "analysis/dotted_acronym.h"

using mss::join_dotted_acronym;

TEST_CASE("acronyms written with dots lose their dots", "[acronym]") {
    CHECK(join_dotted_acronym("u.s") == "us");
    CHECK(join_dotted_acronym("u.n") == "un");
    CHECK(join_dotted_acronym("u.s.s.r") == "ussr");
    CHECK(join_dotted_acronym("ph.d") == "phd");
}

TEST_CASE("decimals, host names and plain words keep their form", "[acronym]") {
    CHECK(join_dotted_acronym("5.93") == "5.93");
    CHECK(join_dotted_acronym("example.com") == "example.com");
    CHECK(join_dotted_acronym("kenya") == "kenya");
    CHECK(join_dotted_acronym("a..b") == "a..b");
}
