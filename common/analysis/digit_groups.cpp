#include "analysis/digit_groups.h"

namespace mss {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// True when `word` is 1-3 digits, then one or more ",ddd" groups, then optionally ".d+".
bool has_thousands_groups(std::string_view word) {
    std::size_t i = 0;
    while (i < word.size() && is_digit(word[i])) {
        ++i;
    }
    if (i == 0 || i > 3 || i == word.size() || word[i] != ',') {
        return false;
    }
    while (i < word.size() && word[i] == ',') {
        if (word.size() - i < 4) {
            return false;
        }
        for (std::size_t k = 1; k <= 3; ++k) {
            if (!is_digit(word[i + k])) {
                return false;
            }
        }
        i += 4;
    }
    if (i == word.size()) {
        return true;
    }
    if (word[i] != '.' || i + 1 == word.size()) {
        return false;
    }
    for (++i; i < word.size(); ++i) {
        if (!is_digit(word[i])) {
            return false;
        }
    }
    return true;
}

}  // namespace

std::string join_digit_groups(std::string_view word) {
    if (!has_thousands_groups(word)) {
        return std::string(word);
    }
    std::string joined;
    for (const char c : word) {
        if (c != ',') {
            joined += c;
        }
    }
    return joined;
}

}  // namespace mss
