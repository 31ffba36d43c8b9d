#include <catch2/catch.hpp>

#include "analysis/elision.h"
#include "check_cases.h"

using mss::Language;

TEST_CASE("French elided articles and particles are found with either apostrophe", "[elision]") {
    mss::testing::check_cases<std::size_t>(
        [](const std::string& word) { return mss::elided_prefix_bytes(word, Language::kFrench); },
        {{"l'aéroport", 2},
         {"L'Aéroport", 2},
         {"d\u2019Haïti", 4},
         {"qu'il", 3},
         {"n'a", 2},
         {"s'est", 2},
         {"c'est", 2},
         {"j'ai", 2},
         {"m'a", 2},
         {"t'es", 2},
         {"jusqu'à", 6},
         {"lorsqu'on", 7},
         {"puisqu\u2019il", 9}});
}

TEST_CASE("words that only look elided keep all their letters", "[elision]") {
    mss::testing::check_cases<std::size_t>(
        [](const std::string& word) { return mss::elided_prefix_bytes(word, Language::kFrench); },
        {{"aujourd'hui", 0}, {"l'", 0}, {"policier", 0}, {"x'y", 0}, {"l", 0}});
}

TEST_CASE("English keeps its apostrophes: O'Brien and d'Artagnan stay whole", "[elision]") {
    CHECK(mss::elided_prefix_bytes("d'Artagnan", Language::kEnglish) == 0);
    CHECK(mss::elided_prefix_bytes("l'aéroport", Language::kEnglish) == 0);
}

TEST_CASE("Creole contractions written with an apostrophe are split off", "[elision]") {
    mss::testing::check_cases<std::size_t>(
        [](const std::string& word) {
            return mss::elided_prefix_bytes(word, Language::kHaitianCreole);
        },
        {{"m'ap", 2}, {"k'ap", 2}, {"qu'il", 0}});
}
