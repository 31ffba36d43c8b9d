// Turns the text a person typed into a Xapian query, and remembers which words to highlight.
#pragma once

#include <string_view>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "match_terms.h"

namespace mss {

struct BuiltQuery {
    Xapian::Query strict;   // every word must match
    Xapian::Query relaxed;  // any word may match, ranked: the fallback when strict finds nothing
    MatchTerms terms;
};

// Free words and "quoted phrases". Throws mss::QueryError for a query with nothing to search.
BuiltQuery build_query(std::string_view text, Analyzer& analyzer);

}  // namespace mss
