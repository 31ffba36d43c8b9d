#include <catch2/catch.hpp>

#include "entities/elided_name.h"

TEST_CASE("a French elided article or particle is cut before a name", "[elided-name]") {
    CHECK(mss::after_elision("d'Haïti") == "Haïti");
    CHECK(mss::after_elision("l\u2019ONU") == "ONU");
    CHECK(mss::after_elision("L'ONU") == "ONU");
    CHECK(mss::after_elision("qu'Ariel") == "Ariel");
    CHECK(mss::after_elision("jusqu\u2019à") == "à");
    CHECK(mss::after_elision("lorsqu'il") == "il");
    CHECK(mss::after_elision("puisqu'elle") == "elle");
}

TEST_CASE("words that only contain an apostrophe keep it", "[elided-name]") {
    CHECK(mss::after_elision("O'Brien") == "O'Brien");  // "o" is no French particle
    CHECK(mss::after_elision("don't") == "don't");
    CHECK(mss::after_elision("Kenya's") == "Kenya's");
    CHECK(mss::after_elision("d'") == "d'");          // nothing after the apostrophe
    CHECK(mss::after_elision("l'2025") == "l'2025");  // a letter must follow
    CHECK(mss::after_elision("Haïti") == "Haïti");
}

TEST_CASE("name words are folded after the elision", "[elided-name]") {
    CHECK(mss::name_word("d\u2019Haïti") == "haiti");
    CHECK(mss::name_word("l'ONU") == "onu");
    CHECK(mss::name_word("Chérizier") == "cherizier");
}
