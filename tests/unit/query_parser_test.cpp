#include <catch2/catch.hpp>

#include <mss/error.h>

#include "query/query_lexer.h"
#include "query/query_parser.h"
#include "query_doc_examples.h"

namespace {

std::size_t error_character(const std::string& query) {
    try {
        mss::parse_query(query);
    } catch (const mss::QueryError& e) {
        return e.position() + 1;
    }
    return 0;
}

}  // namespace

TEST_CASE("every query example in docs/QUERY.md reads as documented", "[query_parser]") {
    auto rows = mss::test::query_doc_rows("How a query reads");
    const auto lenient = mss::test::query_doc_rows("Lenient readings");
    rows.insert(rows.end(), lenient.begin(), lenient.end());
    REQUIRE(rows.size() >= 20);
    for (const auto& [query, reading] : rows) {
        INFO("query: " << query);
        CHECK(mss::describe_query(mss::parse_query(query)) == reading);
    }
}

TEST_CASE("every error example in docs/QUERY.md points at the documented character",
          "[query_parser]") {
    const auto rows = mss::test::query_doc_rows("Errors");
    REQUIRE(rows.size() >= 5);
    for (const auto& [query, character] : rows) {
        INFO("query: " << query);
        // Errors found while building (bad dates, no words) surface from the builder; the
        // parser tests only those it owns.
        const std::size_t at = error_character(query);
        if (at != 0) {
            CHECK(at == std::stoul(character));
        }
    }
}

TEST_CASE("operators are capitals only; lower-case and, or, not are words", "[query_parser]") {
    CHECK(mss::describe_query(mss::parse_query("police and troops")) == "AND(police, and, troops)");
    CHECK(mss::describe_query(mss::parse_query("not or")) == "AND(not, or)");
}

TEST_CASE("positions count characters, not bytes", "[query_lexer]") {
    // "Chérizier" has one two-byte letter: the value after it starts at character 11, byte 12.
    const auto tokens = mss::lex_query("Chérizier person:x");
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].kind == mss::QueryTokenKind::kField);
    CHECK(tokens[1].position == 10);
    CHECK(tokens[1].value_position == 17);
    CHECK(error_character("Chérizier )") == 11);
}

TEST_CASE("an unclosed quote runs to the end and is marked as such", "[query_lexer]") {
    const auto tokens = mss::lex_query("Haiti \"third contingent");
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].kind == mss::QueryTokenKind::kPhrase);
    CHECK(tokens[1].text == "third contingent");
    CHECK_FALSE(tokens[1].closed);
}

TEST_CASE("a hyphen inside a word or alone is not an exclusion", "[query_lexer]") {
    CHECK(mss::describe_query(mss::parse_query("Port-au-Prince - airport")) ==
          "AND(Port-au-Prince, -, airport)");
}

TEST_CASE("a query over the length limit is refused at the limit", "[query_parser]") {
    CHECK_NOTHROW(mss::parse_query(std::string(mss::kMaxQueryCharacters, 'q')));
    try {
        mss::parse_query(std::string(mss::kMaxQueryCharacters + 1, 'q'));
        FAIL("no error");
    } catch (const mss::QueryError& e) {
        CHECK(std::string(e.what()) == "query is 8001 characters long; the limit is 8000");
        CHECK(e.position() == mss::kMaxQueryCharacters);
    }
    // Characters, not bytes: 8000 two-byte letters are within the limit.
    std::string accented;
    for (std::size_t i = 0; i < mss::kMaxQueryCharacters; ++i) {
        accented += "\xC3\xA9";
    }
    CHECK_NOTHROW(mss::parse_query(accented));
}

TEST_CASE("a query of more nodes than the budget is refused at the first one over it",
          "[query_parser]") {
    // One-letter words: 2,000 fit in the character limit twice over.
    const auto words = [](std::size_t count, const std::string& word) {
        std::string query;
        for (std::size_t i = 0; i < count; ++i) {
            query += word + " ";
        }
        return query;
    };
    CHECK_NOTHROW(mss::parse_query(words(mss::kMaxQueryNodes, "x")));
    try {
        mss::parse_query(words(mss::kMaxQueryNodes + 1, "x"));
        FAIL("no error");
    } catch (const mss::QueryError& e) {
        CHECK(std::string(e.what()) ==
              "the query has more than 2000 words, phrases, fields and NOTs; the limit is 2000");
        CHECK(e.position() == 2 * mss::kMaxQueryNodes);  // the 2001st word
    }
    // NOTs, phrases and fields count as words do; operators and parentheses do not.
    CHECK_THROWS_AS(mss::parse_query("a " + words(mss::kMaxQueryNodes / 2, "-x")), mss::QueryError);
    CHECK_THROWS_AS(mss::parse_query(words(mss::kMaxQueryNodes + 1, "\"x\"")), mss::QueryError);
    const std::string before_last = words(mss::kMaxQueryNodes - 1, "x");
    CHECK_NOTHROW(mss::parse_query(before_last + "date:1987"));
    CHECK_THROWS_AS(mss::parse_query(before_last + "date:1987 date:1987"), mss::QueryError);
    CHECK_NOTHROW(mss::parse_query(words(mss::kMaxQueryNodes / 2, "(x) OR")));
}

TEST_CASE("deeply nested parentheses are an error, not a crash", "[query_parser]") {
    CHECK_THROWS_AS(mss::parse_query(std::string(5000, '(') + "Haiti"), mss::QueryError);
    std::string nots;
    for (int i = 0; i < 5000; ++i) {
        nots += "NOT ";
    }
    CHECK_THROWS_AS(mss::parse_query(nots + "Haiti"), mss::QueryError);
    CHECK(mss::describe_query(mss::parse_query("((Haiti))")) == "Haiti");
}
