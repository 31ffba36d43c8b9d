// How a text writes the words of a name: the gaps that join them into one phrase, the particles
// inside names, the speech verbs beside them, and the name as it is shown. Shared by the person
// finder and the cues it reads around a name.
//
// Thread-safety: pure functions, callable from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

namespace mss {

// Lower-case words inside names: "Perez de Cuellar", "Ludwig van Beethoven", "Saud al Faisal".
bool is_name_particle(const std::string& word);

// The singular a surname's plural would have ("reagans" -> "reagan"); empty when the word cannot
// be a plural ("ross", "ms"). Whether it is one only the names around it can say.
std::string singular_surname(const std::string& word);

// "said", "says", "told", "added": a name next to one is a person speaking.
bool is_speech_verb(const std::string& word);

// The text between two tokens of `text`, `left` before `right`.
std::string_view gap_between(std::string_view text, const Token& left, const Token& right);

// One space, or a line break where the text is hard-wrapped (wire copy): words of one phrase.
bool is_word_gap(std::string_view gap);

// The same after an abbreviation's dot: "Sen. Marco Rubio", "John F. Kennedy".
bool is_abbreviation_gap(std::string_view gap);

// How the name of tokens `first` to `last` (inclusive) is shown: its words as the text writes
// them, one space between them wherever the text wraps or pads ("Clayton\nYeutter"), and without
// a possessive ("Reagan's" -> "Reagan").
std::string display_name(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                         std::size_t last);

}  // namespace mss
