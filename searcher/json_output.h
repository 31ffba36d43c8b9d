// The JSON documents of docs/JSON.md as values, for the library's string forms (mss/json.h) and
// for bindings that hand the same shapes to other languages.
#pragma once

#include <nlohmann/json.hpp>

#include <mss/index.h>
#include <mss/search.h>

namespace mss {

// One hit, as an element of "hits" and as a line of JSON Lines output.
nlohmann::ordered_json hit_json(const Hit& hit);

// Counts of the "facets" field.
nlohmann::ordered_json facets_json(const Facets& facets);

// Everything about a result but its hits: the last line of JSON Lines output.
nlohmann::ordered_json summary_json(const SearchResult& result);

// The whole result: the summary with "hits" (and "facets" when asked for).
nlohmann::ordered_json result_json(const SearchResult& result);

// One stored article, as mss-search --json --show prints it (docs/JSON.md).
nlohmann::ordered_json article_json(const IndexedArticle& article);

// What an index holds, as GET /stats gives it and Python's Index.stats() returns it:
// {"schema", "generation", "articles", "dated", "first_date", "last_date", "entities": {"person",
// "country", "organisation", "place"}, "bytes", "sources": [{"root", "articles"}], "format",
// "last_run"}; dates are null for an index without dated articles, "last_run" (the last run's
// record) null when unknown or unreadable.
nlohmann::ordered_json stats_json(const IndexStats& stats);

// One line of text; invalid UTF-8 in stored articles is replaced rather than failing the search.
std::string dump_json(const nlohmann::ordered_json& value);

}  // namespace mss
