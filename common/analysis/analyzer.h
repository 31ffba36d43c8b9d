// The analysis pipeline shared by indexing, querying and highlighting:
// split into words -> fold -> mark stopwords -> stem.
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
