// The cues French writes around a person's name, beside the English ones of person_finder.cpp:
// the civility "M." (Monsieur), a lower-case title after an article ("le ministre Espérance",
// "le directeur général Rameau Normil"), "a déclaré" after a name and "selon" before one.
// Titles themselves ("Mme", "ministre", "directeur") are words of person_titles.txt.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "entities/person_cues.h"

namespace mss {

// True for the civility "M." at token `i` ("M. Normil"): a capital M with its dot, before a word
// of two letters or more and not joined to a capitalised word before it, which would make it a
// middle initial ("Robert M. Gates", "M. N. Goiporia").
bool is_french_civility(std::string_view text, const std::vector<Token>& tokens, std::size_t i);

// True when the title word at token `title` (lower case, as French writes titles) and the titles
// right before it follow an article: "le ministre", "la juge", "le directeur général". One
// capitalised word after such a title is a person, as after a capitalised English title.
bool french_article_before_title(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t title, const PersonCues& cues);

// The French speech verb ("a déclaré", "a affirmé", "a dit"...) starting at token `i`, as
// "a déclaré"; empty when there is none.
std::string french_speech_at(const std::vector<Token>& tokens, std::size_t i);

// "selon" ("according to"): a name right after it, ending a clause, is a person, as after "said".
bool is_french_attribution(const std::string& folded_word);

}  // namespace mss
