// The JSON form of an index's statistics, as GET /stats gives them.
#pragma once

#include <string>

#include <mss/index.h>

namespace mss::serve {

// One JSON object: {"schema", "generation", "articles", "dated", "first_date", "last_date",
// "entities": {"person", "country", "organisation", "place"}, "bytes", "sources": [{"root",
// "articles"}], "format", "last_run"}; dates are null for an index without dated articles and
// "last_run" null when unknown.
std::string stats_to_json(const IndexStats& stats);

}  // namespace mss::serve
