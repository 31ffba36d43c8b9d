// Small text helpers for the markup readers, where names (elements, attributes, extensions,
// month abbreviations) are ASCII and compared without case.
#pragma once

#include <string>
#include <string_view>

namespace mss {

// `text` with A-Z lowered; other bytes, UTF-8 included, unchanged.
std::string ascii_lower(std::string_view text);

// `text` without leading and trailing spaces, tabs and line breaks.
std::string trim_white_space(std::string_view text);

}  // namespace mss
