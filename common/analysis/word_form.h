// The one form a word is indexed and searched under, and the key entity aliases are looked up by.
#pragma once

#include <string>
#include <string_view>

#include "language/language.h"

namespace mss {

// fold_word (NFKC, case fold, accents, possessive), then dotted acronyms joined ("U.S" -> "us")
// and thousands separators dropped ("1,000" -> "1000"). Index, query and entity lookup all use
// this function, so they agree by construction.
std::string normalise_word(std::string_view word);

// normalise_word() as the language writes words: French reads "2,5" as 2.5 (decimal comma) where
// English reads "1,000" as a thousand.
std::string normalise_word(std::string_view word, Language language);

}  // namespace mss
