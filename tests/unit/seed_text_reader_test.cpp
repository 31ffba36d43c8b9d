#include <catch2/catch.hpp>

#include "articles/seed_text_reader.h"

using mss::parse_seed_text;

TEST_CASE("a date header gives the date and the rest of the line is the headline", "[seed]") {
    const auto parse =
        parse_seed_text(" date 2025-01-22 Kenya police deployed\n\nBody text.\n", "a.txt", "p");
    CHECK(parse.article.date == std::optional<std::string>("2025-01-22"));
    CHECK(parse.article.title == "Kenya police deployed");
    CHECK(parse.article.body == "Body text.");
    CHECK(parse.warnings.empty());
}

TEST_CASE("without a header the article is undated and the first line is the headline", "[seed]") {
    const auto parse = parse_seed_text("A contingent left.\nThe officers boarded.\n", "b.txt", "p");
    CHECK_FALSE(parse.article.date);
    CHECK(parse.article.title == "A contingent left.");
    CHECK(parse.article.body == "The officers boarded.");
}

TEST_CASE("a headline that merely starts with the word date is not a header", "[seed]") {
    const auto parse = parse_seed_text("date palm growers meet\nBody\n", "c.txt", "p");
    CHECK_FALSE(parse.article.date);
    CHECK(parse.article.title == "date palm growers meet");
    CHECK(parse.warnings.empty());
}

TEST_CASE("an impossible header date, or a year of five digits, is dropped with a warning",
          "[seed]") {
    for (const std::string date : {"2025-02-30", "99999-01-01"}) {
        CAPTURE(date);
        const auto parse = parse_seed_text(" date " + date + " Headline\nBody\n", "d.txt", "p");
        CHECK_FALSE(parse.article.date);
        CHECK(parse.article.title == "Headline");  // not read as the headline
        REQUIRE(parse.warnings.size() == 1);
        CHECK(parse.warnings[0].find(date) != std::string::npos);
    }
}

TEST_CASE("empty files give an empty article, not an error", "[seed]") {
    const auto parse = parse_seed_text("", "e.txt", "p");
    CHECK(parse.article.title.empty());
    CHECK(parse.article.body.empty());
}
