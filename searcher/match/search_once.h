// One search of one snapshot of the index: the query parsed and built, its matches (or those of
// its spelling suggestion), the facets, the hits with their snippets, the partial matches that
// follow a question or a query with no match, and the copies of each story. Searcher::search()
// retries it when an update or a shard interrupts it.
//
// Thread-safety: one call at a time on the given database, vocabulary, analyzer and links;
// `entities` and `aliases` are only read.
#pragma once

#include <xapian.h>

#include <mss/search.h>

#include "analysis/analyzer.h"
#include "entities/alias_matcher.h"
#include "entities/entity_registry.h"
#include "match/ranked_run.h"
#include "spelling/vocabulary.h"
#include "stored_text.h"

namespace mss {

// The result of `request` on `database`, whose document data `text` reads; `people` holds the
// index's surname links, bound to `database`, which facets, person: filters and the hits' people
// lists apply. Throws mss::QueryError for a query that cannot be parsed,
// mss::InvalidArgumentError for a bad filter, mss::TimeLimitError past the deadline of `watch`,
// and Xapian::Error when an update or a shard interrupts the read (the caller retries).
SearchResult search_once(const Xapian::Database& database, const StoredTextReader& text,
                         Vocabulary& vocabulary, Analyzer& analyzer, const EntityRegistry& entities,
                         const AliasMatcher& aliases, SurnameLinkCache& people,
                         const SearchRequest& request, const SearchWatch& watch);

}  // namespace mss
