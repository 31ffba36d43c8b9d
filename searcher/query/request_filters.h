// The filters a SearchRequest carries beside its query: the date range (--from/--to in the
// command line), and the entity and source lists (--person, --country, --org, --place, --source).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

#include "query/query_compiler.h"

namespace mss {

// The request's date range as a filter, none when it has no bound. Throws
// mss::InvalidArgumentError for a bound that is not a date, or an end before the start.
std::optional<Xapian::Query> request_date_filter(const SearchRequest& request,
                                                 const std::string& now);

// Adds the request's entity and source lists to `parts` as filters: the values of one list are
// alternatives. Throws mss::InvalidArgumentError for a source with no words.
void add_request_filters(QueryCompiler::Conjunction& parts, const SearchRequest& request,
                         QueryContext& context, MatchTerms& terms, std::vector<std::string>& notes);

}  // namespace mss
