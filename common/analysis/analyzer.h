// The analysis pipeline shared by indexing, querying and highlighting:
// split into words -> normalise (fold, dotted acronyms, digit groups) -> mark stopwords -> stem
// (ordinals stem to their number) -> join hyphenated compounds.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/stemmer.h"
#include "analysis/stopwords.h"
#include "analysis/word_tokenizer.h"

namespace mss {

struct Token {
    std::string word;   // folded form: indexed with positions, matched by phrases
    std::string stem;   // Snowball stem of `word`: matched by free text
    std::size_t begin;  // byte span in the analysed text
    std::size_t end;
    bool stopword;
    // On the first word of a hyphenated compound ("Port" of "Port-au-Prince"): the whole compound
    // as one word ("portauprince") and its stem, indexed at this word's position. Empty otherwise.
    std::string compound;
    std::string compound_stem;
};

// Holds per-thread state (ICU iterator, stemmer): one Analyzer per thread.
class Analyzer {
  public:
    explicit Analyzer(StopwordList stopwords);

    std::vector<Token> analyze(std::string_view text);

    // Folds and stems one word typed by a user, as analyze() would inside a text.
    Token analyze_word(std::string_view word);

    const StopwordList& stopwords() const { return stopwords_; }

  private:
    StopwordList stopwords_;
    WordTokenizer tokenizer_;
    Stemmer stemmer_;
};

}  // namespace mss
