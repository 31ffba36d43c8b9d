// Chooses the passage of an article that best shows why it matched, and marks the matches.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <mss/search.h>

#include "analysis/analyzer.h"
#include "query/match_terms.h"

namespace mss {

struct Snippet {
    std::string text;                   // from the original article, "…" where it was cut
    std::vector<Highlight> highlights;  // byte spans of `text` that matched
};

// The window of about `max_chars` characters of `body` holding the most matches, cut only at
// word boundaries. With no match in the body, the body's opening.
Snippet make_snippet(std::string_view body, const MatchTerms& terms, Analyzer& analyzer,
                     std::size_t max_chars);

}  // namespace mss
