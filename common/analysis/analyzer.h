// The analysis pipeline shared by indexing, querying and highlighting, one per language:
// split into words -> (French, Creole: drop elided particles; French: join spaced digit groups)
// -> normalise (fold, dotted acronyms, digit groups; French: decimal comma) -> mark the language's
// stopwords -> stem with the language's Snowball stemmer (ordinals stem to their number; Haitian
// Creole has no stemmer: a word is its own stem) -> join hyphenated compounds.
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
#include "language/language.h"

namespace mss {

struct Token {
    std::string word;   // folded form: indexed with positions, matched by phrases
    std::string stem;   // stem of `word` in the text's language: matched by free text
    std::size_t begin;  // byte span in the analysed text
    std::size_t end;
    bool stopword;
    // On the first word of a hyphenated compound ("Port" of "Port-au-Prince"): the whole compound
    // as one word ("portauprince") and its stem, indexed at this word's position. Empty otherwise.
    std::string compound;
    std::string compound_stem;
};

// Holds per-thread state (ICU iterator, stemmers): one Analyzer per thread. Every call takes the
// language of the text, English when not given.
class Analyzer {
  public:
    explicit Analyzer(StopwordList english, StopwordList french = {},
                      StopwordList haitian_creole = {});

    std::vector<Token> analyze(std::string_view text, Language language = Language::kEnglish);

    // As analyze(), for a caller that only compares stems with `wanted_stems` (the highlighter):
    // a word whose stem cannot be one of them keeps its word as its stem, unstemmed. A Snowball
    // English stem begins with its word's first letter (true of all 77,164 words of
    // Reuters-21578; only a leading apostrophe is dropped), so only words starting as some wanted
    // stem starts are stemmed; stemming is most of the cost of analysing a result's text.
    // Snowball French, too, only rewrites the ends of words.
    std::vector<Token> analyze_for_stems(std::string_view text,
                                         const std::set<std::string>& wanted_stems,
                                         Language language = Language::kEnglish);

    // Folds and stems one word typed by a user, as analyze() would inside a text.
    Token analyze_word(std::string_view word, Language language = Language::kEnglish);

    const StopwordList& stopwords(Language language = Language::kEnglish) const {
        return pipeline(language).stopwords;
    }

  private:
    // First bytes of the (folded) words worth stemming.
    using Initials = std::array<bool, 256>;
    // analyze(), stemming only the words `initials` allows (all of them when null); the others'
    // stem is the word itself.
    std::vector<Token> analyze_stemming(std::string_view text, const Initials* initials,
                                        Language language);
    std::vector<WordSpan> split(std::string_view text, Language language);
    Token fold_token(std::string_view word, Language language) const;
    void stem_token(Token& token, Language language);
    std::string stem(const std::string& word, Language language);

    struct Pipeline {
        StopwordList stopwords;
        std::unique_ptr<Stemmer> stemmer;  // null: words are their own stems
    };
    const Pipeline& pipeline(Language language) const {
        return pipelines_[static_cast<std::size_t>(language)];
    }

    std::array<Pipeline, std::size(kAllLanguages)> pipelines_;
    WordTokenizer tokenizer_;
};

}  // namespace mss
