// The order of results, from Xapian's built-in sorts only: a custom KeyMaker cannot run on a
// remote shard, and results must come out the same over one index and over any set of shards.
//
//   relevance   score, then newer article, then article id   (all Xapian: order-key slot 6)
//   -date       newest day first, then score, then id
//   date        oldest day first, then score, then id        (undated articles last in both)
//
// Xapian sorts the date orders by day and id (order-key slot 6 or 7); the articles of each day
// are then put in score order here. No order ever falls back to document ids, which interleave
// differently over shards than in one index.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

namespace mss {

struct RankedMatch {
    Xapian::docid docid = 0;
    double weight = 0.0;
};

// Sets the order `sort` on `enquire`.
void set_result_order(Xapian::Enquire& enquire, SortOrder sort);

// The slice of matches the first get_mset must fetch so the page [offset, offset + limit) can be
// placed: the page itself for relevance; for date orders every match up to one past the page, so
// the day the page ends on can be seen to go on.
struct FetchWindow {
    Xapian::doccount first = 0;
    Xapian::doccount size = 0;
};
FetchWindow fetch_window(SortOrder sort, std::size_t offset, std::size_t limit);

// The page [offset, offset + limit) in final order, from `fetched` (the window above).
// `fetch_top(n)` returns the first n matches in Xapian's order; it is called only when the page
// ends inside a day that goes on past the window.
std::vector<RankedMatch> ordered_page(
    const Xapian::MSet& fetched, const std::function<Xapian::MSet(Xapian::doccount)>& fetch_top,
    SortOrder sort, std::size_t offset, std::size_t limit);

}  // namespace mss
