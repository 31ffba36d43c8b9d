// Acronyms written with dots ("U.S.", "U.N.") index as the plain acronym ("us", "un").
#pragma once

#include <string>
#include <string_view>

namespace mss {

// `folded_word` is one word as the tokenizer returns it, already folded: ICU keeps the inner dots
// of "U.S." ("u.s") but not the last one. Dots are dropped when every part between them is one
// or two letters ("u.s" -> "us", "ph.d" -> "phd"); anything else is returned unchanged, so
// decimals ("5.93") and host names ("example.com") keep their dots.
std::string join_dotted_acronym(std::string_view folded_word);

}  // namespace mss
