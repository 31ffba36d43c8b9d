// Words joined by hyphens ("Port-au-Prince", "Kenya-led"): ICU splits them into their parts, which
// are indexed at consecutive positions (so each part and the phrase "Port au Prince" match); this
// stage finds the runs so the whole compound can be indexed too, as one word ("portauprince").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "analysis/word_tokenizer.h"

namespace mss {

// A run of two or more words, words[first..last], each separated from the next by exactly one
// hyphen (ASCII '-' or U+2010/U+2011) and nothing else.
struct CompoundRun {
    std::size_t first;
    std::size_t last;
};

std::vector<CompoundRun> find_hyphenated_compounds(std::string_view text,
                                                   const std::vector<WordSpan>& words);

}  // namespace mss
