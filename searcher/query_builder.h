// Turns the text a person typed into a Xapian query, and remembers which words to highlight.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include <xapian.h>

#include "analysis/analyzer.h"

namespace mss {

// What a match is made of, in the analyser's terms: the snippet highlighter looks for these.
struct MatchTerms {
    std::set<std::string> stems;  // free-text words: any word with one of these stems matches
    std::set<std::string> words;  // words of quoted phrases: matched exactly (folded)
};

struct BuiltQuery {
    Xapian::Query strict;   // every word must match
    Xapian::Query relaxed;  // any word may match, ranked: the fallback when strict finds nothing
    MatchTerms terms;
};

// Free words and "quoted phrases". Throws mss::QueryError for a query with nothing to search.
BuiltQuery build_query(std::string_view text, Analyzer& analyzer);

}  // namespace mss
