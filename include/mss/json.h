// The JSON form of search results and index statistics: the output contract for scripts
// (docs/JSON.md).
//
// Thread-safety: pure functions of their argument, callable from any thread. None throws but
// std::bad_alloc: text that is not UTF-8 is written with U+FFFD, and a last run record that is
// not JSON is written as null.
#pragma once

#include <string>

#include <mss/index.h>
#include <mss/search.h>

namespace mss {

// Version of the JSON output; bumped only for changes that could break a reader. Fields are
// added, never renamed or removed, within one version.
inline constexpr int kJsonSchemaVersion = 1;

// One JSON object, on one line: {"schema", "query", "total", "relaxed", "hits": [...]}, and
// "facets" when the request asked for them.
std::string to_json(const SearchResult& result);

// JSON Lines output, for streaming: one line per hit, shaped exactly like an element of "hits"...
std::string hit_to_json(const Hit& hit);

// ...then this summary line: the object to_json() gives without "hits", plus "returned", the
// number of hit lines before it.
std::string summary_to_json(const SearchResult& result);

// What the index holds, on one line, as GET /stats gives it (docs/JSON.md): {"schema",
// "generation", "articles", "dated", "first_date", "last_date", "entities": {"person", "country",
// "organisation", "place"}, "bytes", "sources": [{"root", "articles"}], "format", "last_run"}.
// Python's Index.stats() returns the same object.
std::string stats_to_json(const IndexStats& stats);

}  // namespace mss
