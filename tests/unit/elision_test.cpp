#include <catch2/catch.hpp>

#include "analysis/elision.h"

using mss::Language;

TEST_CASE("French elided articles and particles are found with either apostrophe", "[elision]") {
    CHECK(mss::elided_prefix_bytes("l'aéroport", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("L'Aéroport", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("d\u2019Haïti", Language::kFrench) == 4);
    CHECK(mss::elided_prefix_bytes("qu'il", Language::kFrench) == 3);
    CHECK(mss::elided_prefix_bytes("n'a", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("s'est", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("c'est", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("j'ai", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("m'a", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("t'es", Language::kFrench) == 2);
    CHECK(mss::elided_prefix_bytes("jusqu'à", Language::kFrench) == 6);
    CHECK(mss::elided_prefix_bytes("lorsqu'on", Language::kFrench) == 7);
    CHECK(mss::elided_prefix_bytes("puisqu\u2019il", Language::kFrench) == 9);
}

TEST_CASE("words that only look elided keep all their letters", "[elision]") {
    CHECK(mss::elided_prefix_bytes("aujourd'hui", Language::kFrench) == 0);
    CHECK(mss::elided_prefix_bytes("l'", Language::kFrench) == 0);
    CHECK(mss::elided_prefix_bytes("policier", Language::kFrench) == 0);
    CHECK(mss::elided_prefix_bytes("x'y", Language::kFrench) == 0);
    CHECK(mss::elided_prefix_bytes("l", Language::kFrench) == 0);
}

TEST_CASE("English keeps its apostrophes: O'Brien and d'Artagnan stay whole", "[elision]") {
    CHECK(mss::elided_prefix_bytes("d'Artagnan", Language::kEnglish) == 0);
    CHECK(mss::elided_prefix_bytes("l'aéroport", Language::kEnglish) == 0);
}

TEST_CASE("Creole contractions written with an apostrophe are split off", "[elision]") {
    CHECK(mss::elided_prefix_bytes("m'ap", Language::kHaitianCreole) == 2);
    CHECK(mss::elided_prefix_bytes("k'ap", Language::kHaitianCreole) == 2);
    CHECK(mss::elided_prefix_bytes("qu'il", Language::kHaitianCreole) == 0);
}
