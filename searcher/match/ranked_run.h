// One ranked pass of a query over the index: the page asked for, its totals and, when asked, the
// facets over every match. The searcher runs a query, its spelling correction and its partial
// matches through these calls, so all of them rank, count and watch the time limit alike.
//
// Thread-safety: free functions over the caller's database, which only one thread may use at a
// time; a SearchWatch and its deadline belong to one search.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

#include "facets/surname_link_cache.h"
#include "match/matched_shards.h"
#include "query/query_builder.h"
#include "result_order.h"
#include "search_deadline.h"
#include "stories/story_collapse.h"

namespace mss {

// BM25 with the classic Robertson parameters (k1 1.2, b 0.75): longer articles need more
// occurrences of a word to rank as high as a short article that has it.
Xapian::BM25Weight ranking_weight();

// The time limit of one search (SearchRequest::time_limit_seconds), and whether its spy can watch
// the matcher (not on remote shards).
struct SearchWatch {
    const SearchDeadline& deadline;
    bool remote;

    // An enquire on `database` watched by the deadline, after checking it (throws
    // mss::TimeLimitError past the deadline).
    Xapian::Enquire enquire(const Xapian::Database& database) const;

    MatchedShards shards() const {
        return remote ? MatchedShards::kWithRemote : MatchedShards::kLocal;
    }
};

// One ranked run of a query: the page asked for, plus facets over every match when wanted.
struct RankedRun {
    std::vector<RankedMatch> page;
    Xapian::doccount total = 0, total_lower = 0, total_upper = 0;
    StoryCount stories;
    std::optional<Facets> facets;
    bool empty() const { return page.empty() && total == 0; }
};

// `query` ranked in the order, page, totals and facets `request` asks for; the person facet
// counts a surname alone under the one full name `people` (bound to `database`) links it to.
// Throws Xapian::Error (an update race or a shard down: the caller retries) and
// mss::TimeLimitError.
RankedRun run_query(const Xapian::Database& database, const Xapian::Query& query,
                    const SearchRequest& request, const SearchWatch& watch,
                    SurnameLinkCache& people);

// The strict matches of `built`, by relevance with its proximity windows: the best matches by
// BM25 alone are ranked again with the windows, which cost too much to read on every match.
// Throws as run_query does.
RankedRun run_strict(const Xapian::Database& database, const BuiltQuery& built,
                     const SearchRequest& request, const SearchWatch& watch,
                     SurnameLinkCache& people);

// The exact number of articles `query` matches. Throws as run_query does.
std::size_t count_matches(const Xapian::Database& database, const Xapian::Query& query,
                          const SearchWatch& watch);

// The id terms of every article `query` matches: at most `count` of them, all known to be few.
// Throws as run_query does.
Xapian::Query id_terms_of(const Xapian::Database& database, const Xapian::Query& query,
                          std::size_t count, const SearchWatch& watch);

}  // namespace mss
