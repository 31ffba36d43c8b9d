#include <catch2/catch.hpp>

#include "entities/letter_case.h"

using mss::word_case;
using mss::WordCase;

TEST_CASE("words are lower case, capitalised or all capitals", "[letter-case]") {
    CHECK(word_case("chad") == WordCase::kLower);
    CHECK(word_case("Chad") == WordCase::kCapitalised);
    CHECK(word_case("CHAD") == WordCase::kUpper);
    CHECK(word_case("U.S") == WordCase::kUpper);
    CHECK(word_case("McDonald") == WordCase::kCapitalised);
    CHECK(word_case("Éric") == WordCase::kCapitalised);
    CHECK(word_case("F") == WordCase::kCapitalised);
    CHECK(word_case("2025") == WordCase::kLower);
}
