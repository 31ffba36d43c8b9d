#include "analysis/spaced_number.h"

#include <algorithm>

namespace mss {
namespace {

bool all_digits(std::string_view word) {
    return !word.empty() &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Exactly one group separator: a space, U+00A0 or U+202F.
bool is_group_separator(std::string_view between) {
    return between == " " || between == "\xC2\xA0" || between == "\xE2\x80\xAF";
}

}  // namespace

std::vector<WordSpan> join_spaced_digit_groups(std::string_view text,
                                               const std::vector<WordSpan>& words) {
    std::vector<WordSpan> joined;
    joined.reserve(words.size());
    const auto word_at = [&](std::size_t i) {
        return text.substr(words[i].begin, words[i].end - words[i].begin);
    };
    for (std::size_t i = 0; i < words.size();) {
        WordSpan span = words[i];
        const std::string_view first = word_at(i);
        std::size_t next = i + 1;
        if (all_digits(first) && first.size() <= 3) {
            while (next < words.size() && word_at(next).size() == 3 && all_digits(word_at(next)) &&
                   is_group_separator(
                       text.substr(words[next - 1].end, words[next].begin - words[next - 1].end))) {
                span.end = words[next].end;
                ++next;
            }
        }
        joined.push_back(span);
        i = next;
    }
    return joined;
}

std::string decimal_comma_as_point(std::string word) {
    const std::size_t comma = word.find(',');
    if (comma == std::string::npos || word.find(',', comma + 1) != std::string::npos ||
        !all_digits(std::string_view(word).substr(0, comma)) ||
        !all_digits(std::string_view(word).substr(comma + 1))) {
        return word;
    }
    word[comma] = '.';
    return word;
}

std::string digits_only(std::string_view written) {
    std::string digits;
    for (const char c : written) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    return digits;
}

}  // namespace mss
