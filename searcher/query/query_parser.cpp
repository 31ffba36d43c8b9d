#include "query/query_parser.h"

#include <algorithm>
#include <string>

#include <mss/error.h>

#include "analysis/code_point_offsets.h"
#include "query/query_lexer.h"

namespace mss {
namespace {

using Kind = QueryTokenKind;

class Parser {
  public:
    explicit Parser(std::vector<QueryToken> tokens) : tokens_(std::move(tokens)) {}

    QueryNode parse() {
        skip_binary_operators();  // "AND Murkomen": nothing to join on the left
        if (peek().kind == Kind::kEnd) {
            throw QueryError("query has no words to search for", peek().position);
        }
        QueryNode root = parse_or();
        if (peek().kind == Kind::kRightParen) {
            throw QueryError("')' without a matching '('", peek().position);
        }
        return root;
    }

  private:
    const QueryToken& peek() const { return tokens_[next_]; }
    const QueryToken& take() { return tokens_[next_++]; }

    bool at_group_end() const {
        return peek().kind == Kind::kEnd || peek().kind == Kind::kRightParen;
    }

    void skip_binary_operators() {
        while (peek().kind == Kind::kAnd || peek().kind == Kind::kOr) {
            take();
        }
    }

    // Takes the AND or OR at peek(), `name` in messages. False when nothing follows it
    // ("Murkomen AND", "Haiti OR )"): the operator is dropped. Another AND or OR right after it
    // is an error.
    bool take_binary_operator(const char* name) {
        take();
        if (at_group_end()) {
            return false;
        }
        if (peek().kind == Kind::kAnd || peek().kind == Kind::kOr) {
            throw QueryError(
                std::string("operator right after '") + name + "': nothing between them",
                peek().position);
        }
        return true;
    }

    static QueryNode join(QueryNode::Kind kind, std::vector<QueryNode> children) {
        if (children.size() == 1) {
            return std::move(children.front());
        }
        QueryNode node;
        node.kind = kind;
        node.position = children.front().position;
        node.children = std::move(children);
        return node;
    }

    QueryNode parse_or() {
        std::vector<QueryNode> alternatives;
        alternatives.push_back(parse_and());
        while (peek().kind == Kind::kOr && take_binary_operator("OR")) {
            alternatives.push_back(parse_and());
        }
        return join(QueryNode::Kind::kOr, std::move(alternatives));
    }

    QueryNode parse_and() {
        std::vector<QueryNode> parts;
        parts.push_back(parse_unary());
        bool typed_and = false;
        while (!at_group_end() && peek().kind != Kind::kOr) {
            if (peek().kind == Kind::kAnd) {
                typed_and = true;
                if (!take_binary_operator("AND")) {
                    break;
                }
            }
            parts.push_back(parse_unary());
        }
        QueryNode joined = join(QueryNode::Kind::kAnd, std::move(parts));
        joined.explicit_and = joined.kind == QueryNode::Kind::kAnd && typed_and;
        return joined;
    }

    // Parentheses and NOTs recurse; a bound keeps hostile input from exhausting the stack.
    static constexpr std::size_t kMaxDepth = 100;

    void enter(const QueryToken& token) {
        if (++depth_ > kMaxDepth) {
            throw QueryError("parentheses or NOTs nested too deeply", token.position);
        }
    }

    // Each word, phrase, field and NOT is a node of the tree and a subquery (or several) of the
    // compiled query: their number bounds the query's size whatever the characters are spent on.
    void count_node(const QueryToken& token) {
        if (++nodes_ > kMaxQueryNodes) {
            throw QueryError("the query has more than " + std::to_string(kMaxQueryNodes) +
                                 " words, phrases, fields and NOTs; the limit is " +
                                 std::to_string(kMaxQueryNodes),
                             token.position);
        }
    }

    QueryNode parse_unary() {
        if (peek().kind == Kind::kNot) {
            const QueryToken& op = take();
            if (at_group_end() || peek().kind == Kind::kAnd || peek().kind == Kind::kOr) {
                throw QueryError("'NOT' or '-' must be followed by what to leave out", op.position);
            }
            enter(op);
            count_node(op);
            QueryNode node;
            node.kind = QueryNode::Kind::kNot;
            node.position = op.position;
            node.children.push_back(parse_unary());
            --depth_;
            return node;
        }
        return parse_primary();
    }

    QueryNode parse_primary() {
        const QueryToken& token = take();
        if (token.kind == Kind::kWord || token.kind == Kind::kPhrase ||
            token.kind == Kind::kField) {
            count_node(token);
        }
        QueryNode node;
        node.position = token.kind == Kind::kField ? token.value_position : token.position;
        node.text = token.text;
        switch (token.kind) {
            case Kind::kWord:
                node.kind = QueryNode::Kind::kWord;
                node.prefix = token.prefix;
                if (node.text.empty()) {
                    throw QueryError("'*' must follow the start of a word", token.position);
                }
                return node;
            case Kind::kPhrase:
                node.kind = QueryNode::Kind::kPhrase;
                return node;
            case Kind::kField:
                node.kind = QueryNode::Kind::kField;
                node.field = token.field;
                node.quoted = token.quoted;
                if (node.text.empty()) {
                    throw QueryError(
                        token.field + ": needs a value, e.g. " + token.field + ":\"...\"",
                        token.value_position);
                }
                return node;
            case Kind::kLeftParen: {
                skip_binary_operators();
                if (at_group_end()) {
                    throw QueryError("'(' with nothing inside", token.position);
                }
                enter(token);
                QueryNode group = parse_or();
                --depth_;
                // An unclosed '(' closes at the end of the query: the only reading there is.
                if (peek().kind == Kind::kRightParen) {
                    take();
                }
                return group;
            }
            case Kind::kRightParen:
                throw QueryError("')' without a matching '('", token.position);
            case Kind::kAnd:
            case Kind::kOr:
            case Kind::kNot:
            case Kind::kEnd:
                break;
        }
        throw QueryError("expected a word, a \"phrase\" or a field here", token.position);
    }

    std::vector<QueryToken> tokens_;
    std::size_t next_ = 0;
    std::size_t depth_ = 0;
    std::size_t nodes_ = 0;
};

}  // namespace

QueryNode parse_query(std::string_view text) {
    // Characters, as positions are counted.
    const std::size_t characters = code_point_count(text);
    if (characters > kMaxQueryCharacters) {
        throw QueryError("query is " + std::to_string(characters) +
                             " characters long; the limit is " +
                             std::to_string(kMaxQueryCharacters),
                         kMaxQueryCharacters);
    }
    return Parser(lex_query(text)).parse();
}

std::string describe_query(const QueryNode& node) {
    switch (node.kind) {
        case QueryNode::Kind::kAnd:
        case QueryNode::Kind::kOr: {
            std::string out = node.kind == QueryNode::Kind::kAnd ? "AND(" : "OR(";
            for (std::size_t i = 0; i < node.children.size(); ++i) {
                out += (i == 0 ? "" : ", ") + describe_query(node.children[i]);
            }
            return out + ")";
        }
        case QueryNode::Kind::kNot:
            return "NOT " + describe_query(node.children.front());
        case QueryNode::Kind::kWord:
            return node.text + (node.prefix ? "*" : "");
        case QueryNode::Kind::kPhrase:
            return '"' + node.text + '"';
        case QueryNode::Kind::kField:
            return node.field + ":" + (node.quoted ? '"' + node.text + '"' : node.text);
    }
    return {};
}

}  // namespace mss
