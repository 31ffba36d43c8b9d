#include "analysis/ordinal.h"

namespace mss {

std::optional<std::string> ordinal_number(std::string_view folded_word) {
    if (folded_word.size() < 3) {
        return std::nullopt;
    }
    const std::string_view digits = folded_word.substr(0, folded_word.size() - 2);
    const std::string_view suffix = folded_word.substr(folded_word.size() - 2);
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    // English picks the suffix from the last digit, except 11-13 which always take "th".
    const int last = digits.back() - '0';
    const bool teen = digits.size() >= 2 && digits[digits.size() - 2] == '1';
    const std::string_view expected = teen        ? "th"
                                      : last == 1 ? "st"
                                      : last == 2 ? "nd"
                                      : last == 3 ? "rd"
                                                  : "th";
    if (suffix != expected) {
        return std::nullopt;
    }
    return std::string(digits);
}

}  // namespace mss
