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

TEST_CASE("French ordinals stem to their number", "[ordinal]") {
    CHECK(mss::french_ordinal_number("1er") == "1");
    CHECK(mss::french_ordinal_number("1re") == "1");
    CHECK(mss::french_ordinal_number("1ere") == "1");
    CHECK(mss::french_ordinal_number("1ers") == "1");
    CHECK(mss::french_ordinal_number("2e") == "2");
    CHECK(mss::french_ordinal_number("2nd") == "2");
    CHECK(mss::french_ordinal_number("2nde") == "2");
    CHECK(mss::french_ordinal_number("3eme") == "3");
    CHECK(mss::french_ordinal_number("21e") == "21");
    CHECK(mss::french_ordinal_number("3es") == "3");
}

TEST_CASE("words that are no French ordinal are left alone", "[ordinal]") {
    CHECK_FALSE(mss::french_ordinal_number("1e"));
    CHECK_FALSE(mss::french_ordinal_number("2er"));
    CHECK_FALSE(mss::french_ordinal_number("3nd"));
    CHECK_FALSE(mss::french_ordinal_number("e"));
    CHECK_FALSE(mss::french_ordinal_number("2025"));
    CHECK_FALSE(mss::french_ordinal_number("1st"));
    CHECK_FALSE(mss::french_ordinal_number("05e"));
}
