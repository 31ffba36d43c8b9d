#include "query/query_lexer.h"

#include <cctype>

#include "analysis/code_point_offsets.h"

namespace mss {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A bare run ends at space, parentheses or a quote; everything else (hyphens, dots, colons) is
// part of it and left to the analyser.
bool ends_run(char c) {
    return is_space(c) || c == '(' || c == ')' || c == '"';
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

bool is_query_field(std::string_view name) {
    const std::string lower = lower_ascii(name);
    return lower == "person" || lower == "country" || lower == "org" || lower == "organisation" ||
           lower == "organization" || lower == "place" || lower == "title" || lower == "date" ||
           lower == "mentions" || lower == "like" || lower == "source" || lower == "lang";
}

std::vector<QueryToken> lex_query(std::string_view text) {
    std::vector<QueryToken> tokens;
    // Positions are reported in characters, not bytes, because that is what a person counts.
    CodePointOffsets chars(text);
    std::size_t i = 0;
    // Reads "..." starting at the quote at `i`; an unclosed quote runs to the end of the query.
    auto read_quoted = [&](QueryToken& token) {
        const std::size_t close = text.find('"', i + 1);
        token.closed = close != std::string_view::npos;
        const std::size_t end = token.closed ? close : text.size();
        token.text = std::string(text.substr(i + 1, end - i - 1));
        i = token.closed ? end + 1 : end;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (is_space(c)) {
            ++i;
            continue;
        }
        QueryToken token;
        token.position = chars.at(i);
        if (c == '(' || c == ')') {
            token.kind = c == '(' ? QueryTokenKind::kLeftParen : QueryTokenKind::kRightParen;
            ++i;
        } else if (c == '"') {
            token.kind = QueryTokenKind::kPhrase;
            read_quoted(token);
        } else if (c == '-' && i + 1 < text.size() && !ends_run(text[i + 1]) &&
                   text[i + 1] != '-') {
            token.kind = QueryTokenKind::kNot;
            ++i;
        } else {
            std::size_t end = i;
            while (end < text.size() && !ends_run(text[end])) {
                ++end;
            }
            const std::string_view run = text.substr(i, end - i);
            const std::size_t colon = run.find(':');
            if (run == "AND" || run == "OR" || run == "NOT") {
                token.kind = run == "AND"  ? QueryTokenKind::kAnd
                             : run == "OR" ? QueryTokenKind::kOr
                                           : QueryTokenKind::kNot;
                i = end;
            } else if (colon != std::string_view::npos && colon > 0 &&
                       is_query_field(run.substr(0, colon))) {
                token.kind = QueryTokenKind::kField;
                token.field = lower_ascii(run.substr(0, colon));
                i += colon + 1;
                token.value_position = chars.at(i);
                if (i < text.size() && text[i] == '"') {
                    token.quoted = true;
                    read_quoted(token);
                } else {
                    token.text = std::string(text.substr(i, end - i));
                    i = end;
                }
            } else {
                token.kind = QueryTokenKind::kWord;
                token.text = std::string(run);
                while (!token.text.empty() && token.text.back() == '*') {
                    token.text.pop_back();
                    token.prefix = true;
                }
                i = end;
            }
        }
        tokens.push_back(std::move(token));
    }
    QueryToken end;
    end.position = chars.at(text.size());
    tokens.push_back(end);
    return tokens;
}

}  // namespace mss
