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
