// Chooses the passages of an article that best show why it matched, and marks the matches.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <mss/search.h>

#include "analysis/analyzer.h"
#include "highlight/highlighter.h"
#include "highlight/match_terms.h"

namespace mss {

struct Snippet {
    std::string text;                  // from the original article, "…" where it was cut
    std::vector<ByteSpan> highlights;  // byte spans of `text` that matched, in order
};

// Up to three fragments of `body` holding the densest matches (different query words first), in
// text order, joined by " … ", about `max_chars` characters in all. Cut only between words, so
// never inside a word or a UTF-8 sequence; runs of whitespace read as one space. A body without
// a match gives its opening.
// `language`: the article's, which the body is analysed in.
Snippet make_snippet(std::string_view body, const MatchTerms& terms, Analyzer& analyzer,
                     std::size_t max_chars, Language language = Language::kEnglish);

}  // namespace mss
