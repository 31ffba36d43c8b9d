// What made a document match, in the analyser's terms: the highlighter looks for exactly these in
// the stored text, so everything that matched is marked and nothing else is.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/word_tokenizer.h"

namespace mss {

struct MatchTerms {
    std::set<std::string> stems;  // free-text words: any word with one of these stems matches
    std::set<std::string> words;  // single words matched exactly (folded form)
    // Quoted phrases of two or more words, folded: matched only as the whole run of words, and
    // marked as one span.
    std::vector<std::vector<std::string>> phrases;
    // Entity aliases to mark, as alias keys (common/entities/entity_registry.h): every name of an
    // entity the query asked for, so "Barbeque" marks "Chérizier". Multi-word keys are matched
    // over consecutive words, longest first.
    std::set<std::string> alias_keys;
    // word*: any folded word starting with one of these.
    std::set<std::string> prefixes;
    // Optional: byte spans of further matches in a text, for matches found by means other than
    // words (an entity extractor, say). Spans must fall on word boundaries.
    std::function<std::vector<WordSpan>(std::string_view text)> extra_spans;
};

}  // namespace mss
