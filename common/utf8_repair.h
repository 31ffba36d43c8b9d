// Source text that is not valid UTF-8 (a Latin-1 file, a truncated download) is repaired rather
// than rejected: each ill-formed sequence becomes U+FFFD, so one bad byte costs one character,
// not the article.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mss {

// Byte offset of the first ill-formed UTF-8 sequence, or nothing when `text` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// `text` with every ill-formed sequence replaced by U+FFFD (ICU's substitution rules).
std::string repair_utf8(std::string_view text);

}  // namespace mss
