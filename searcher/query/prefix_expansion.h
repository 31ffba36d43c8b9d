// word* and the word forms of proximity matching: the indexed words that start with a prefix.
#pragma once

#include <string>

#include <xapian.h>

namespace mss {

// The `limit` indexed terms of `database` that start with `prefix`, most frequent first (ties by
// term), as one OP_SYNONYM; MatchNothing when there are none. Without a database (parser tests),
// Xapian's OP_WILDCARD with the same limit.
//
// Xapian's OP_WILDCARD would choose the most frequent terms itself, but a remote shard expands
// it on its own server with its own frequencies, so each shard would search different words and
// the results would differ from one index's. Here the choice is made once, from the term list of
// all shards together (Xapian sums their term frequencies), so it is the same however the
// articles are spread.
Xapian::Query expand_prefix(const Xapian::Database* database, const std::string& prefix,
                            Xapian::termcount limit);

}  // namespace mss
