// The analysis pipeline shared by indexing, querying and highlighting:
// split into words -> normalise (fold, dotted acronyms, digit groups) -> mark stopwords -> stem
// (ordinals stem to their number) -> join hyphenated compounds.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <set>
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

    // As analyze(), for a caller that only compares stems with `wanted_stems` (the highlighter):
    // a word whose stem cannot be one of them keeps its word as its stem, unstemmed. A Snowball
    // English stem begins with its word's first letter (true of all 77,164 words of
    // Reuters-21578; only a leading apostrophe is dropped), so only words starting as some wanted
    // stem starts are stemmed; stemming is most of the cost of analysing a result's text.
    std::vector<Token> analyze_for_stems(std::string_view text,
                                         const std::set<std::string>& wanted_stems);

    // Folds and stems one word typed by a user, as analyze() would inside a text.
    Token analyze_word(std::string_view word);

    const StopwordList& stopwords() const { return stopwords_; }

  private:
    // First bytes of the (folded) words worth stemming.
    using Initials = std::array<bool, 256>;
    // analyze(), stemming only the words `initials` allows (all of them when null); the others'
    // stem is the word itself.
    std::vector<Token> analyze_stemming(std::string_view text, const Initials* initials);
    Token fold_token(std::string_view word) const;
    void stem_token(Token& token);

    StopwordList stopwords_;
    WordTokenizer tokenizer_;
    Stemmer stemmer_;
};

}  // namespace mss
