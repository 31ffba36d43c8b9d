#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis/word_tokenizer.h"

namespace {

std::vector<std::string> words_of(const std::string& text) {
    mss::WordTokenizer tokenizer;
    std::vector<std::string> words;
    for (const auto& span : tokenizer.split(text)) {
        words.push_back(text.substr(span.begin, span.end - span.begin));
    }
    return words;
}

}  // namespace

TEST_CASE("words are split at spaces and punctuation", "[tokenizer]") {
    CHECK(words_of("Kenya police, deployed to Haiti.") ==
          std::vector<std::string>{"Kenya", "police", "deployed", "to", "Haiti"});
}

TEST_CASE("spans are byte offsets into the utf-8 text", "[tokenizer]") {
    mss::WordTokenizer tokenizer;
    const std::string text = "“Chérizier” said";
    const auto spans = tokenizer.split(text);
    REQUIRE(spans.size() == 2);
    CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "Chérizier");
    CHECK(spans[0].begin == 3);  // after the 3-byte opening quote
}

TEST_CASE("an apostrophe inside a word keeps it whole", "[tokenizer]") {
    CHECK(words_of("Kenya’s commitment") == std::vector<std::string>{"Kenya’s", "commitment"});
}

TEST_CASE("invalid utf-8 does not stop tokenization", "[tokenizer]") {
    const auto words = words_of(std::string("good \xff\xfe bytes"));
    CHECK(words.front() == "good");
    CHECK(words.back() == "bytes");
}
