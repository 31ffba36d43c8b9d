#include <catch2/catch.hpp>

#include "articles/jsonl_reader.h"

using mss::parse_json_line;

TEST_CASE("a JSON line gives an article with its fields", "[jsonl]") {
    const auto parse = parse_json_line(
        R"({"id":"r-1","title":"T","body":"B","date":"1987-02-26","source":"reuters"})", "f.jsonl",
        3);
    REQUIRE(parse.article);
    CHECK(parse.article->id == "r-1");
    CHECK(parse.article->path == "f.jsonl:3");
    CHECK(parse.article->date == std::optional<std::string>("1987-02-26"));
    CHECK(parse.article->source == "reuters");
    CHECK(parse.warnings.empty());
}

TEST_CASE("ISO date-times are cut to their day", "[jsonl]") {
    const auto parse = parse_json_line(R"({"id":"x","date":"2025-01-18T02:00:00+03:00"})", "f", 1);
    REQUIRE(parse.article);
    CHECK(parse.article->date == std::optional<std::string>("2025-01-18"));
}

TEST_CASE("malformed lines are skipped with a reason", "[jsonl]") {
    CHECK_FALSE(parse_json_line(R"({"id":"x", "title": )", "f", 1).article);
    CHECK_FALSE(parse_json_line(R"(["not", "an object"])", "f", 1).article);
    const auto no_id = parse_json_line(R"({"title":"no id"})", "f", 1);
    CHECK_FALSE(no_id.article);
    REQUIRE(no_id.warnings.size() == 1);
    CHECK(no_id.warnings[0].find("id") != std::string::npos);
}

TEST_CASE("a bad date leaves the article undated with a warning", "[jsonl]") {
    const auto parse = parse_json_line(R"({"id":"x","date":"2025-02-30"})", "f", 1);
    REQUIRE(parse.article);
    CHECK_FALSE(parse.article->date);
    CHECK(parse.warnings.size() == 1);
}

TEST_CASE("a number out of range ignores its field, not the whole line", "[jsonl]") {
    const auto parse =
        parse_json_line(R"({"id":"x","title":"Kept","views":1e999999,"body":"B"})", "f", 1);
    REQUIRE(parse.article);
    CHECK(parse.article->title == "Kept");
    CHECK(parse.article->body == "B");
    REQUIRE(parse.warnings.size() == 1);
    CHECK(parse.warnings[0].find("out of range") != std::string::npos);
    // A string that merely looks like a huge number is text.
    const auto text = parse_json_line(R"({"id":"y","title":"1e999999","n":-1e999})", "f", 1);
    REQUIRE(text.article);
    CHECK(text.article->title == "1e999999");
}

TEST_CASE("a date-time with an impossible time leaves the article undated", "[jsonl]") {
    const auto parse = parse_json_line(R"({"id":"x","date":"2024-02-29T25:61:61Z"})", "f", 1);
    REQUIRE(parse.article);
    CHECK_FALSE(parse.article->date);
    CHECK(parse.warnings.size() == 1);
    const auto fine = parse_json_line(R"({"id":"x","date":"2024-02-29T23:59:60.5-05:00"})", "f", 1);
    CHECK(fine.article->date == std::optional<std::string>("2024-02-29"));
}

TEST_CASE("an id of white space is no id", "[jsonl]") {
    const auto parse = parse_json_line(R"({"id":"   ","title":"T"})", "f", 1);
    CHECK_FALSE(parse.article);
    REQUIRE(parse.warnings.size() == 1);
    CHECK(parse.warnings[0].find("id") != std::string::npos);
}

TEST_CASE("a JSON line's lang is the language its source declares, as written", "[jsonl]") {
    const auto parse = parse_json_line(R"({"id":"x","title":"T","lang":"fr-HT"})", "f", 1);
    REQUIRE(parse.article);
    CHECK(parse.article->language == "fr-HT");
    const auto undeclared = parse_json_line(R"({"id":"y","title":"T"})", "f", 2);
    REQUIRE(undeclared.article);
    CHECK(undeclared.article->language.empty());
}
