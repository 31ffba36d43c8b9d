// Finds what matched a query in a stored text, over the analyser's tokens, so that stemmed,
// accent-folded and aliased forms are marked in the original spelling.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <mss/search.h>

#include "analysis/analyzer.h"
#include "highlight/match_terms.h"

namespace mss {

// A span [begin, end) of a text in bytes: what the highlighter finds, before the hit reports it
// in characters (mss::Highlight, character_spans()).
using ByteSpan = std::pair<std::size_t, std::size_t>;

// One match: the tokens [first, last] of the text, and the query term it stands for (equal
// terms mean the same query word, so a snippet can prefer passages showing different ones).
struct MatchRun {
    std::size_t first;
    std::size_t last;
    std::string term;
};

// Every match in `tokens` (the analysis of `text`), in text order and never overlapping. Phrases
// are claimed first, then entity mentions, then extra spans, then single words.
// `language` is the one `tokens` were analysed in, which picks the stems compared.
std::vector<MatchRun> find_matches(std::string_view text, const std::vector<Token>& tokens,
                                   const MatchTerms& terms, Language language = Language::kEnglish);

// Byte spans of the whole of `text` to highlight: for headlines, which are shown uncut.
std::vector<ByteSpan> highlight_text(std::string_view text, const MatchTerms& terms,
                                     Analyzer& analyzer, Language language = Language::kEnglish);

// `spans` of `text` in characters (code points), as a Hit reports them.
std::vector<Highlight> character_spans(std::string_view text, const std::vector<ByteSpan>& spans);

}  // namespace mss
