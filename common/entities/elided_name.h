// French elision in front of a name: "d'Haïti", "l’ONU", "jusqu'à". The word after the apostrophe
// is what names an entity, so the alias scanner and alias keys look past the elided article or
// particle; the index keeps the word as the analyser made it.
#pragma once

#include <string>
#include <string_view>

namespace mss {

// `word` without a leading French elided particle (l', d', j', m', n', s', t', c', qu', jusqu',
// lorsqu', puisqu', in any case, with a straight or a curly apostrophe) when a letter follows the
// apostrophe; otherwise `word` itself. "d'Haïti" -> "Haïti", "L’ONU" -> "ONU", "O'Brien" and
// "don't" are unchanged. The result is a suffix of `word`.
std::string_view after_elision(std::string_view word);

// The index form an entity name's word is looked up by: normalise_word of after_elision.
std::string name_word(std::string_view word);

}  // namespace mss
