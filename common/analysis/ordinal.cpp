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

std::optional<std::string> french_ordinal_number(std::string_view folded_word) {
    const std::size_t digits_end = folded_word.find_first_not_of("0123456789");
    if (digits_end == 0 || digits_end == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view digits = folded_word.substr(0, digits_end);
    std::string_view suffix = folded_word.substr(digits_end);
    if (suffix.size() > 1 && suffix.back() == 's') {  // plural: "les 1ers", "3es"
        suffix.remove_suffix(1);
    }
    // Premier/première take "er"/"re"; second(e) "nd"/"nde"; every other number "e" or "eme".
    const bool one = digits == "1";
    const bool two = digits == "2";
    const bool ok =
        one ? (suffix == "er" || suffix == "re" || suffix == "ere")
            : suffix == "e" || suffix == "eme" || (two && (suffix == "nd" || suffix == "nde"));
    if (!ok || digits.front() == '0') {
        return std::nullopt;
    }
    return std::string(digits);
}

}  // namespace mss
