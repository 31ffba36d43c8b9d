// Numbers written with thousands separators ("1,000", "2,500") index as plain digits.
#pragma once

#include <string>
#include <string_view>

namespace mss {

// "1,000" -> "1000", "700,000" -> "700000", "1,234.5" -> "1234.5". Only well-formed groups of
// three digits are joined, so a list like "2,50" is returned unchanged.
std::string join_digit_groups(std::string_view word);

}  // namespace mss
