// Ordinal numbers written with digits ("2nd", "27th").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mss {

// The number of a folded ordinal: "27th" -> "27", "1st" -> "1", "22nd" -> "22", "3rd" -> "3".
// Nothing for other words, "11st" included. The analyser uses it as the ordinal's stem, so free
// text "27" finds "27th" and "27th" finds "27", while quoted phrases keep the exact form.
std::optional<std::string> ordinal_number(std::string_view folded_word);

// The number of a folded French ordinal: "1er", "1re", "1ere", "1ers" -> "1"; "2e", "2eme",
// "2nd", "2nde", "3es", "3emes" -> "2", "2", "2", "2", "3", "3". "1e" and "2er" are no ordinals.
std::optional<std::string> french_ordinal_number(std::string_view folded_word);

}  // namespace mss
