// Splits a query into the tokens the grammar of docs/QUERY.md is made of, each with the character
// offset where it starts, so every error can point at the place it was found.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mss {

enum class QueryTokenKind {
    kWord,        // a bare word; `prefix` when it ended with '*'
    kPhrase,      // "quoted words"; `closed` is false when the quote ran to the end
    kField,       // field:value; `field` and `text` (the value), `quoted` for field:"..."
    kLeftParen,   // (
    kRightParen,  // )
    kAnd,         // AND (upper case only: "and" is a word)
    kOr,          // OR
    kNot,         // NOT, or '-' before a word
    kEnd,
};

struct QueryToken {
    QueryTokenKind kind = QueryTokenKind::kEnd;
    std::string text;                // word, phrase or field value, without quotes or '*'
    std::string field;               // for kField: the field name as typed, lower-cased
    std::size_t position = 0;        // character offset of the token in the query
    std::size_t value_position = 0;  // for kField: character offset of the value
    bool prefix = false;
    bool closed = true;
    bool quoted = false;
};

// The field names the grammar knows; "name:" with any other name is an ordinary word.
bool is_query_field(std::string_view name);

// Never fails: every input has a token reading. The last token is always kEnd.
std::vector<QueryToken> lex_query(std::string_view text);

}  // namespace mss
