// Recursive descent over the lexer's tokens into a query tree (grammar in docs/QUERY.md).
// Lenient where the meaning is clear (an unclosed quote or parenthesis closes at the end, a
// dangling operator at either end is dropped); otherwise a QueryError naming the position.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mss {

struct QueryNode {
    enum class Kind {
        kAnd,     // every child must match; kNot children exclude
        kOr,      // any child may match
        kNot,     // one child, which must not match
        kWord,    // a bare word as typed (`prefix` for word*)
        kPhrase,  // quoted words
        kField,   // field:value (`field` lower-cased, `quoted` for field:"...")
    };
    Kind kind = Kind::kAnd;
    std::vector<QueryNode> children;
    std::string text;
    std::string field;
    std::size_t position = 0;  // character offset in the query of the word, phrase or value
    bool prefix = false;
    bool quoted = false;
    // kAnd only: an AND was typed between the children, so the query never relaxes to articles
    // with only some of them (docs/QUERY.md).
    bool explicit_and = false;
};

// Longer queries are refused: matching, highlighting and spelling grow faster than linearly with
// the words of a query (75,000 characters of repeated words took over two minutes). The limit
// leaves room for a pasted paragraph or abstract; a script sending more gets a clear error
// instead of a stall.
inline constexpr std::size_t kMaxQueryCharacters = 8000;

// Words, phrases, fields and NOTs in one query, each a node of its tree: a bound on the query's
// size that does not depend on how short its words are (8,000 characters hold 4,000 one-letter
// words; a pasted 8,000-character abstract has about 1,300). Nesting is bounded apart, at 100.
inline constexpr std::size_t kMaxQueryNodes = 2000;

// Throws mss::QueryError for a query that has no sensible reading, is over kMaxQueryCharacters or
// has more than kMaxQueryNodes nodes.
QueryNode parse_query(std::string_view text);

// The tree in the notation docs/QUERY.md uses to show how a query reads:
// AND(murkomen, OR(contingent, "police officers"), NOT person:barbeque, kenya*).
std::string describe_query(const QueryNode& node);

}  // namespace mss
