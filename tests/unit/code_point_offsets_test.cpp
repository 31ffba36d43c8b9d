#include <catch2/catch.hpp>

#include "analysis/code_point_offsets.h"

TEST_CASE("multi-byte characters count once, asked in any order", "[code-points]") {
    const std::string text = "«Moïse» – Chérizier 😀 end";
    mss::CodePointOffsets chars(text);
    CHECK(chars.at(0) == 0);
    CHECK(chars.at(2) == 1);  // after « (2 bytes)
    const std::size_t cherizier = text.find("Chérizier");
    CHECK(chars.at(cherizier) == 10);
    CHECK(chars.at(text.find("end")) == 22);
    CHECK(chars.at(2) == 1);  // backwards from the last offset
    CHECK(chars.at(text.find("😀")) == 20);
    CHECK(chars.at(text.size()) == 25);
    CHECK(chars.at(text.size() + 10) == 25);  // past the end: the whole text
}

TEST_CASE("ASCII offsets are their own character offsets", "[code-points]") {
    const std::string text = "Kenya sent troops";
    mss::CodePointOffsets chars(text);
    for (std::size_t byte = 0; byte <= text.size(); ++byte) {
        CHECK(chars.at(byte) == byte);
    }
}

TEST_CASE("a text's code points are counted, and each found by its index", "[code-points]") {
    const std::string text = "Fils-Aim\xC3\xA9 \xE2\x80\x94 Ha\xC3\xAFti";  // é, an em dash, ï
    REQUIRE(mss::code_point_count(text) == 17);
    REQUIRE(mss::code_point_byte(text, 0) == 0);
    REQUIRE(mss::code_point_byte(text, 8) == 8);    // é: two bytes
    REQUIRE(mss::code_point_byte(text, 9) == 10);   // the space after it
    REQUIRE(mss::code_point_byte(text, 11) == 14);  // the space after the three-byte dash
    REQUIRE(text.substr(mss::code_point_byte(text, 12)) == "Ha\xC3\xAFti");
    REQUIRE(mss::code_point_byte(text, 17) == text.size());
    REQUIRE(mss::code_point_byte(text, 99) == text.size());
    REQUIRE(mss::code_point_count("") == 0);
}

TEST_CASE("a cut at any byte moves back to the start of the character it falls in",
          "[code-points]") {
    const std::string text = "Fils-Aim\xC3\xA9 \xE2\x80\x94 Ha\xC3\xAFti";  // é, an em dash, ï
    CHECK(mss::code_point_start(text, 0) == 0);
    CHECK(mss::code_point_start(text, 8) == 8);  // é starts here
    CHECK(mss::code_point_start(text, 9) == 8);  // its second byte
    CHECK(mss::code_point_start(text, 10) == 10);
    CHECK(mss::code_point_start(text, 12) == 11);  // inside the three-byte dash
    CHECK(mss::code_point_start(text, 13) == 11);
    CHECK(mss::code_point_start(text, 14) == 14);
    CHECK(mss::code_point_start(text, text.size()) == text.size());
    CHECK(mss::code_point_start(text, 99) == text.size());
}
