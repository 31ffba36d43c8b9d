#include <catch2/catch.hpp>

#include <utility>

#include "analysis/dotted_acronym.h"

using mss::join_dotted_acronym;

TEST_CASE("acronyms written with dots lose their dots", "[acronym]") {
    for (const auto& [written, joined] : {std::pair{"u.s", "us"}, std::pair{"u.n", "un"},
                                          std::pair{"u.s.s.r", "ussr"}, std::pair{"ph.d", "phd"}}) {
        CAPTURE(written);
        CHECK(join_dotted_acronym(written) == joined);
    }
}

TEST_CASE("decimals, host names and plain words keep their form", "[acronym]") {
    for (const char* written : {"5.93", "example.com", "kenya", "a..b"}) {
        CAPTURE(written);
        CHECK(join_dotted_acronym(written) == written);
    }
}
