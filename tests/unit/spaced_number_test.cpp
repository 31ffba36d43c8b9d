#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis/spaced_number.h"
#include "analysis/word_tokenizer.h"
#include "check_cases.h"

namespace {

std::vector<std::string> joined_words(const std::string& text) {
    mss::WordTokenizer tokenizer;
    std::vector<std::string> words;
    for (const mss::WordSpan& span : mss::join_spaced_digit_groups(text, tokenizer.split(text))) {
        words.push_back(text.substr(span.begin, span.end - span.begin));
    }
    return words;
}

}  // namespace

TEST_CASE("digit groups apart by a space, U+00A0 or U+202F are one number", "[numbers]") {
    CHECK(joined_words("1 000 agents") == std::vector<std::string>{"1 000", "agents"});
    CHECK(joined_words("5\u00A0550 hommes") == std::vector<std::string>{"5\u00A0550", "hommes"});
    CHECK(joined_words("18\u202F000\u202F000 dollars") ==
          std::vector<std::string>{"18\u202F000\u202F000", "dollars"});
}

TEST_CASE("numbers that are not digit groups stay apart", "[numbers]") {
    // Four digits first (a year), a short group, two spaces: separate numbers.
    CHECK(joined_words("en 2023 100 policiers") ==
          std::vector<std::string>{"en", "2023", "100", "policiers"});
    CHECK(joined_words("10 00") == std::vector<std::string>{"10", "00"});
    CHECK(joined_words("1  000") == std::vector<std::string>{"1", "000"});
    CHECK(joined_words("1 0000") == std::vector<std::string>{"1", "0000"});
}

TEST_CASE("the French decimal comma reads as a point", "[numbers]") {
    mss::testing::check_cases(
        mss::decimal_comma_as_point,
        {{"2,5", "2.5"}, {"12,75", "12.75"}, {"2,5,6", "2,5,6"}, {"a,5", "a,5"}, {"2,", "2,"}});
}

TEST_CASE("a joined number is its digits", "[numbers]") {
    CHECK(mss::digits_only("1\u202F000") == "1000");
    CHECK(mss::digits_only("5 550") == "5550");
}
