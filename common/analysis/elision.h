// French elision: "l'aéroport", "d'Haïti", "qu'il", "jusqu'à" write a short word and the next one
// as one, joined by an apostrophe. ICU keeps them one word (the apostrophe is MidNumLet), and
// folding would index "laeroport"; the article or particle is dropped instead, as Lucene's
// ElisionFilter does, and the word is indexed as itself ("aeroport").
#pragma once

#include <cstddef>
#include <string_view>

#include "language/language.h"

namespace mss {

// How many bytes at the start of `word` (as written, before folding) are an elided particle and
// its apostrophe (' U+2019 U+02BC), for the articles of `language`: "l'", "d'", "qu'", "n'",
// "s'", "c'", "j'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'" in French, in any case; the same
// contracted pronouns written with an apostrophe in Haitian Creole ("m'ap", "l'ale"). 0 when
// there is none, or nothing follows the apostrophe; always 0 for English ("d'Artagnan" and
// "O'Brien" stay whole).
std::size_t elided_prefix_bytes(std::string_view word, Language language);

}  // namespace mss
