#include <catch2/catch.hpp>

#include "check_cases.h"
#include "entities/elided_name.h"

TEST_CASE("a French elided article or particle is cut before a name", "[elided-name]") {
    mss::testing::check_cases(mss::after_elision, {{"d'Haïti", "Haïti"},
                                                   {"l\u2019ONU", "ONU"},
                                                   {"L'ONU", "ONU"},
                                                   {"qu'Ariel", "Ariel"},
                                                   {"jusqu\u2019à", "à"},
                                                   {"lorsqu'il", "il"},
                                                   {"puisqu'elle", "elle"}});
}

TEST_CASE("words that only contain an apostrophe keep it", "[elided-name]") {
    mss::testing::check_cases(mss::after_elision,
                              {{"O'Brien", "O'Brien"},  // "o" is no French particle
                               {"don't", "don't"},
                               {"Kenya's", "Kenya's"},
                               {"d'", "d'"},          // nothing after the apostrophe
                               {"l'2025", "l'2025"},  // a letter must follow
                               {"Haïti", "Haïti"}});
}

TEST_CASE("name words are folded after the elision", "[elided-name]") {
    mss::testing::check_cases(
        mss::name_word, {{"d\u2019Haïti", "haiti"}, {"l'ONU", "onu"}, {"Chérizier", "cherizier"}});
}
