// The JSON form of search results: the output contract for scripts (docs/JSON.md).
#pragma once

#include <string>

#include <mss/search.h>

namespace mss {

// Version of the JSON output; bumped only for changes that could break a reader. Fields are
// added, never renamed or removed, within one version.
inline constexpr int kJsonSchemaVersion = 1;

// One JSON object, on one line: {"schema", "query", "total", "relaxed", "hits": [...]}.
std::string to_json(const SearchResult& result);

}  // namespace mss
