// The order of results, from Xapian's built-in sorts only: a custom KeyMaker cannot run on a
// remote shard, and results must come out the same over one index and over any set of shards.
//
//   relevance   score, then newer article, then article id   (Xapian: order-key slot 6)
//   -date       newest day first, then score, then id        (Xapian: slot 6, by day and id)
//   date        oldest day first, then score, then id        (Xapian: slot 7, by day and id)
//   (undated articles last in all three)
//
// Scores are rounded to kScoreDecimals decimals before they are compared or shown: a score is a
// sum of per-term weights, and Xapian adds them in an order that depends on how the articles are
// spread over shards, so the same article can score a last-bit different sum. Xapian orders by
// the exact score; here each run of equal rounded scores (for date orders: each day) is put in
// the order above, fetching past the page when such a run crosses its end. No order ever falls
// back to document ids, which interleave differently over shards than in one index.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

namespace mss {

inline constexpr int kScoreDecimals = 9;

struct RankedMatch {
    Xapian::docid docid = 0;
    double score = 0.0;  // rounded
    std::string key;     // the order key (schema.h): the day, then the article id
};

// Sets the order `sort` on `enquire`.
void set_result_order(Xapian::Enquire& enquire, SortOrder sort);

// How many of the first matches the first get_mset must fetch (from the first match on): up to one
// past the page, so a run of ties at its end can be seen to go on.
Xapian::doccount first_fetch_size(std::size_t offset, std::size_t limit);

// The page [offset, offset + limit) in final order, from `fetched` (the first matches, in
// Xapian's order). `fetch_top(n)` returns the first n matches; it is called only when a run of
// ties goes on past what was fetched.
std::vector<RankedMatch> ordered_page(
    const Xapian::MSet& fetched, const std::function<Xapian::MSet(Xapian::doccount)>& fetch_top,
    SortOrder sort, std::size_t offset, std::size_t limit);

}  // namespace mss
