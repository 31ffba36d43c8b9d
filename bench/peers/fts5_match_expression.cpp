#include "fts5_match_expression.h"

#include <cctype>
#include <stdexcept>
#include <vector>

namespace mss_bench {
namespace {

// Bytes of multi-byte UTF-8 sequences count as word characters; the tokenizer folds them.
bool is_word_byte(unsigned char byte) {
    return byte >= 0x80 || std::isalnum(byte);
}

bool has_word_byte(const std::string& text) {
    for (const unsigned char byte : text) {
        if (is_word_byte(byte)) {
            return true;
        }
    }
    return false;
}

// An FTS5 string: double quotes inside are doubled.
std::string fts5_string(const std::string& text) {
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

// Splits into bare words and the insides of "quoted phrases" (an unclosed quote runs to the end).
std::vector<std::string> split_words_and_phrases(const std::string& query) {
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i < query.size()) {
        if (std::isspace(static_cast<unsigned char>(query[i]))) {
            ++i;
        } else if (query[i] == '"') {
            const auto close = query.find('"', i + 1);
            const auto end = close == std::string::npos ? query.size() : close;
            parts.push_back(query.substr(i + 1, end - i - 1));
            i = end + 1;
        } else {
            auto end = i;
            while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) &&
                   query[end] != '"') {
                ++end;
            }
            parts.push_back(query.substr(i, end - i));
            i = end;
        }
    }
    return parts;
}

}  // namespace

std::string fts5_match_expression(const std::string& query, MatchMode mode) {
    const char* separator = mode == MatchMode::kAllWords ? " " : " OR ";
    std::string expression;
    for (const auto& part : split_words_and_phrases(query)) {
        if (!has_word_byte(part)) {
            continue;  // FTS5 rejects a string with no token in it
        }
        if (!expression.empty()) {
            expression += separator;
        }
        expression += fts5_string(part);
    }
    if (expression.empty()) {
        throw std::runtime_error("query has no words: " + query);
    }
    return expression;
}

}  // namespace mss_bench
