#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "articles/line_reader.h"

namespace {

struct SeenLine {
    std::size_t number;
    std::string text;
    bool too_long;
};

std::vector<SeenLine> lines_of(const std::string& text, std::uintmax_t max_bytes) {
    std::istringstream in(text);
    std::vector<SeenLine> seen;
    mss::for_each_line(in, max_bytes, [&](const mss::Line& line) {
        seen.push_back({line.number, std::string(line.text), line.too_long});
    });
    return seen;
}

}  // namespace

TEST_CASE("lines are numbered from one and a last line without newline counts", "[lines]") {
    const auto seen = lines_of("a\n\nbc", 100);
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].text == "a");
    CHECK(seen[1].text.empty());
    CHECK(seen[2].number == 3);
    CHECK(seen[2].text == "bc");
}

TEST_CASE("a line over the limit is reported without its text and the next line is intact",
          "[lines]") {
    const std::string huge(200000, 'x');  // spans several read chunks
    const auto seen = lines_of("short\n" + huge + "\nafter\n", 1000);
    REQUIRE(seen.size() == 3);
    CHECK(seen[1].too_long);
    CHECK(seen[1].text.empty());
    CHECK(seen[2].text == "after");
    CHECK_FALSE(seen[2].too_long);
}
