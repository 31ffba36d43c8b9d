#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <mss/error.h>

#include "stored_text.h"

namespace {

// Articles with the shared strings a dictionary learns (keys, outlet, dateline) and text of their
// own, so the oracle for each is the text it was made from.
std::vector<std::string> sample_articles(const std::string& outlet, int count) {
    std::vector<std::string> articles;
    for (int i = 0; i < count; ++i) {
        std::string body;
        for (int word = 0; word < 40; ++word) {
            body += "w" + std::to_string((i * 7919 + word * 104729) % 100003) + " ";
        }
        articles.push_back("{\"body\":\"PORT-AU-PRINCE, Haiti - " + body +
                           "said the Kenyan-led mission.\",\"date\":\"2025-01-" +
                           std::to_string(10 + i % 20) + "\",\"source\":\"" + outlet +
                           "\",\"title\":\"Report " + std::to_string(i) + "\"}");
    }
    return articles;
}

}  // namespace

TEST_CASE("text compressed with a trained dictionary reads back as it was", "[stored_text]") {
    const auto articles = sample_articles("Caribbean Wire", 400);
    const std::string dictionary = mss::train_text_dictionary(articles);
    REQUIRE_FALSE(dictionary.empty());
    const mss::TextCompressor compressor(dictionary);
    mss::StoredTextReader reader;
    reader.add_dictionary(dictionary);
    std::size_t raw = 0;
    std::size_t stored = 0;
    for (const std::string& article : articles) {
        const std::string frame = compressor.compress(article);
        CHECK(reader.restore(frame) == article);
        raw += article.size();
        stored += frame.size();
    }
    CHECK(stored < raw / 2);
}

TEST_CASE("a dictionary compresses short articles smaller than no dictionary", "[stored_text]") {
    const auto articles = sample_articles("Haiti Libre", 400);
    const mss::TextCompressor with(mss::train_text_dictionary(articles));
    const mss::TextCompressor without;
    std::size_t with_bytes = 0;
    std::size_t without_bytes = 0;
    for (const std::string& article : articles) {
        with_bytes += with.compress(article).size();
        without_bytes += without.compress(article).size();
    }
    CHECK(with_bytes < without_bytes);
}

TEST_CASE("text compressed without a dictionary reads back with none added", "[stored_text]") {
    const mss::TextCompressor compressor;
    const std::string text = "{\"title\":\"Gangs\",\"body\":\"\"}";
    CHECK(mss::StoredTextReader().restore(compressor.compress(text)) == text);
    CHECK(mss::StoredTextReader().restore(compressor.compress("")).empty());
}

TEST_CASE("document data that is not compressed reads as it is", "[stored_text]") {
    const std::string json = "{\"id\":\"a\",\"title\":\"Old index\"}";
    CHECK(mss::StoredTextReader().restore(json) == json);
    CHECK(mss::StoredTextReader().restore("").empty());
}

TEST_CASE("one reader restores the frames of several shards' dictionaries", "[stored_text]") {
    const auto first = sample_articles("Caribbean Wire", 300);
    const auto second = sample_articles("Le Nouvelliste", 300);
    const std::string first_dictionary = mss::train_text_dictionary(first);
    const std::string second_dictionary = mss::train_text_dictionary(second);
    REQUIRE(first_dictionary != second_dictionary);
    mss::StoredTextReader reader;
    reader.add_dictionary(first_dictionary);
    reader.add_dictionary(second_dictionary);
    CHECK(reader.restore(mss::TextCompressor(first_dictionary).compress(first[5])) == first[5]);
    CHECK(reader.restore(mss::TextCompressor(second_dictionary).compress(second[7])) == second[7]);
}

TEST_CASE("a frame whose dictionary the reader lacks is an error, not wrong text",
          "[stored_text]") {
    const auto articles = sample_articles("Caribbean Wire", 300);
    const std::string frame =
        mss::TextCompressor(mss::train_text_dictionary(articles)).compress(articles[0]);
    CHECK_THROWS_AS(mss::StoredTextReader().restore(frame), mss::IoError);
}

TEST_CASE("a damaged frame is an error", "[stored_text]") {
    const std::string frame = mss::TextCompressor().compress(std::string(500, 'x') + "tail");
    std::string cut = frame.substr(0, frame.size() - 3);
    CHECK_THROWS_AS(mss::StoredTextReader().restore(cut), mss::IoError);
}

TEST_CASE("too few samples train no dictionary", "[stored_text]") {
    CHECK(mss::train_text_dictionary({"{\"title\":\"a\"}"}).empty());
    CHECK(mss::train_text_dictionary({}).empty());
}
