// The memory budget of one query: what a Xapian match holds in memory grows with the posting
// lists it opens (each has its own cursor and block buffers, about 40 KB on a glass index), not
// with the length of the query text. A query opens one posting list per leaf of its tree, so the
// proximity windows, which repeat every word in each of three windows with up to nine forms, are
// what multiplies them: 1,600 words opened about 8,000 lists and held 309 MB. The budget is on
// the strict query; docs/HOSTILE_INPUT.md gives the figures.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>

#include <xapian.h>

namespace mss {

// Posting lists one strict query may open with its proximity windows; over it the windows (which
// only add weight) are left out, and the query's words, fields and phrases are searched as typed.
inline constexpr std::size_t kMaxPostingLists = 2000;

// The posting lists matching `query` opens: one per term, posting source, value range or
// match-all leaf (a match-nothing leaf opens none). The time limit's positional guards are not
// counted: one all-articles list per phrase or window set, and a budget that counted them would
// rank a query differently with a time limit than without.
std::size_t posting_lists(const Xapian::Query& query);

}  // namespace mss
