#include <catch2/catch.hpp>

#include "analysis/fold.h"
#include "check_cases.h"

using mss::fold_word;

TEST_CASE("accented and unaccented names fold alike", "[fold]") {
    mss::testing::check_cases(fold_word, {{"Chérizier", "cherizier"},
                                          {"Cherizier", "cherizier"},
                                          {"Moïse", "moise"},
                                          {"MOÏSE", "moise"}});
}

TEST_CASE("possessive apostrophes are dropped, straight or curly", "[fold]") {
    mss::testing::check_cases(
        fold_word, {{"Kenya’s", "kenya"}, {"Kenya's", "kenya"}, {"children’s", "children"}});
}

TEST_CASE("compatibility forms fold to plain letters", "[fold]") {
    CHECK(fold_word("ＭＳＳ") == "mss");  // full-width
    CHECK(fold_word("ﬁnal") == "final");  // ligature
}

TEST_CASE("ascii words are lower-cased", "[fold]") {
    CHECK(fold_word("HNP") == "hnp");
    CHECK(fold_word("2025") == "2025");
}
