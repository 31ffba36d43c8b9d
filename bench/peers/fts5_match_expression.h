// Turns a query as a person types it into an FTS5 MATCH expression that cannot be a syntax error:
// every word and every "quoted phrase" becomes an FTS5 string, so operators and punctuation in
// the user's text are searched for rather than interpreted.
#pragma once

#include <string>

#include "search_peer.h"

namespace mss_bench {

// kAllWords joins the strings with FTS5's implicit AND, kAnyWord with OR.
// Throws std::runtime_error when the query has nothing to search for.
std::string fts5_match_expression(const std::string& query, MatchMode mode);

}  // namespace mss_bench
