#include <catch2/catch.hpp>

#include "analysis/ordinal.h"
#include "check_cases.h"

using mss::ordinal_number;

TEST_CASE("ordinals written with digits give their number", "[ordinal]") {
    mss::testing::check_cases(
        ordinal_number,
        {{"1st", "1"}, {"2nd", "2"}, {"3rd", "3"}, {"27th", "27"}, {"11th", "11"}, {"22nd", "22"}});
}

TEST_CASE("words with a wrong ordinal suffix are not ordinals", "[ordinal]") {
    mss::testing::check_none(ordinal_number, {"11st", "2th", "north", "th"});
}

TEST_CASE("French ordinals stem to their number", "[ordinal]") {
    mss::testing::check_cases(mss::french_ordinal_number, {{"1er", "1"},
                                                           {"1re", "1"},
                                                           {"1ere", "1"},
                                                           {"1ers", "1"},
                                                           {"2e", "2"},
                                                           {"2nd", "2"},
                                                           {"2nde", "2"},
                                                           {"3eme", "3"},
                                                           {"21e", "21"},
                                                           {"3es", "3"}});
}

TEST_CASE("words that are no French ordinal are left alone", "[ordinal]") {
    mss::testing::check_none(mss::french_ordinal_number,
                             {"1e", "2er", "3nd", "e", "2025", "1st", "05e"});
}
