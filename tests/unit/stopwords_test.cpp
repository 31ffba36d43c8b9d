#include <catch2/catch.hpp>

#include "analysis/stopwords.h"

TEST_CASE("stopword files allow comments and blank lines", "[stopwords]") {
    const auto list = mss::StopwordList::parse("# comment\nthe\n\n  and  # trailing\r\n");
    CHECK(list.contains("the"));
    CHECK(list.contains("and"));
    CHECK_FALSE(list.contains("comment"));
    CHECK_FALSE(list.contains(""));
}

TEST_CASE("a serialised stopword list parses back to the same list", "[stopwords]") {
    const auto list = mss::StopwordList::parse("of\nthe\nand\n");
    CHECK(mss::StopwordList::parse(list.serialise()).serialise() == "and\nof\nthe\n");
}

TEST_CASE("the shipped English list keeps 'us', the country", "[stopwords]") {
    const auto list = mss::StopwordList::load(MSS_SOURCE_DIR "/stopwords/english.txt");
    CHECK(list.contains("the"));
    CHECK_FALSE(list.contains("us"));
}
