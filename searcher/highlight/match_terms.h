// What made a document match, in the analyser's terms: the highlighter looks for exactly these in
// the stored text, so everything that matched is marked and nothing else is.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/word_tokenizer.h"
#include "entities/alias_matcher.h"
#include "language/language.h"

namespace mss {

struct MatchTerms {
    std::set<std::string> stems;  // free-text words: any word with one of these stems matches
    // The same in French articles, by the French stemmer (Creole has no stems: its forms are in
    // `words`).
    std::set<std::string> french_stems;
    const std::set<std::string>& stems_in(Language language) const {
        return language == Language::kFrench ? french_stems : stems;
    }
    std::set<std::string> words;  // single words matched exactly (folded form)
    // Quoted phrases of two or more words, folded: matched only as the whole run of words, and
    // marked as one span.
    std::vector<std::vector<std::string>> phrases;
    // Entities to mark, found in the text by `aliases`, the scanner the indexer tags them with
    // (so its case rules hold: "US" is marked, the pronoun "us" is not). A free word that names an
    // entity marks where the text writes a name of it ("Barbeque" marks "Chérizier"); a field or
    // filter marks its names and cues alike ("--country Kenya" marks "Kenyan").
    const AliasMatcher* aliases = nullptr;  // must outlive the terms; null: no entity is marked
    std::set<std::pair<EntityKind, std::string>> named_entities;
    std::set<std::pair<EntityKind, std::string>> mentioned_entities;
    // word*: any folded word starting with one of these.
    std::set<std::string> prefixes;
    // Optional: byte spans of further matches in a text, for matches found by means other than
    // words (an entity extractor, say). Spans must fall on word boundaries.
    std::function<std::vector<WordSpan>(std::string_view text)> extra_spans;
};

}  // namespace mss
