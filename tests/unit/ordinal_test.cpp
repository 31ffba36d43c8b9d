#include <catch2/catch.hpp>

#include "analysis/ordinal.h"

using mss::ordinal_number;

TEST_CASE("ordinals written with digits give their number", "[ordinal]") {
    CHECK(ordinal_number("1st") == "1");
    CHECK(ordinal_number("2nd") == "2");
    CHECK(ordinal_number("3rd") == "3");
    CHECK(ordinal_number("27th") == "27");
    CHECK(ordinal_number("11th") == "11");
    CHECK(ordinal_number("22nd") == "22");
}

TEST_CASE("words with a wrong ordinal suffix are not ordinals", "[ordinal]") {
    CHECK_FALSE(ordinal_number("11st"));
    CHECK_FALSE(ordinal_number("2th"));
    CHECK_FALSE(ordinal_number("north"));
    CHECK_FALSE(ordinal_number("th"));
}
