// Folds a word to the form it is indexed and searched under.
#pragma once

#include <string>
#include <string_view>

namespace mss {

// NFKC, case fold, accents removed, possessive "'s" dropped:
// "Chérizier" -> "cherizier", "Kenya’s" -> "kenya", "ＭＳＳ" -> "mss".
// Index and query go through this same function, so they always agree.
std::string fold_word(std::string_view word);

}  // namespace mss
