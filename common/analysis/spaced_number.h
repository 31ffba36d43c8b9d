// French numbers: digit groups set apart by a space ("1 000", "5 550", "18 000 000"; typeset with
// U+00A0 or the narrow U+202F as often as with a plain space) and the decimal comma ("2,5").
// ICU splits "1 000" into two words; joined, it indexes as "1000", as English "1,000" does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/word_tokenizer.h"

namespace mss {

// `words` (spans of `text`) with each run "d{1,3}" followed by groups of exactly three digits,
// each after exactly one space, U+00A0 or U+202F, merged into one span. "2023 100" (four digits
// first) and "10 00" (a short group) stay apart.
std::vector<WordSpan> join_spaced_digit_groups(std::string_view text,
                                               const std::vector<WordSpan>& words);

// A folded word "digits,digits" (the French decimal comma) with a point instead: "2,5" -> "2.5",
// so it matches the English "2.5". Other words unchanged.
std::string decimal_comma_as_point(std::string word);

// The folded digits of a span merged by join_spaced_digit_groups: its digits alone.
std::string digits_only(std::string_view written);

}  // namespace mss
