// Which commit of which database a shard is read at: what a cache of the index's contents is
// keyed by (facets/surname_link_cache.h).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace mss {

struct ShardRevision {
    std::string shard;  // as the stub names it
    std::string uuid;   // of the database: a rebuilt shard has another
    Xapian::rev revision = 0;
    bool operator==(const ShardRevision& other) const {
        return shard == other.shard && uuid == other.uuid && revision == other.revision;
    }
};

// One per shard searched, in the stub's order.
using ShardRevisions = std::vector<ShardRevision>;

}  // namespace mss
