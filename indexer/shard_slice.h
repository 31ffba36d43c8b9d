// Which articles one shard of a sharded index holds: those whose id hashes to it. The hash is
// stable_hash (FNV-1a), the same on every machine and in every release, so an article stays in
// its shard from one nightly run to the next and only the shards whose articles changed are
// written.
#pragma once

#include <string_view>

namespace mss {

// The shard (0-based) of `count` that holds the article with this id.
unsigned article_shard(std::string_view id, unsigned count);

struct ShardSlice {
    unsigned index = 0;  // 0-based
    unsigned count = 1;

    bool holds(std::string_view id) const {
        return count <= 1 || article_shard(id, count) == index;
    }
    // Every shard's run reads every source and meets the same bad files and repaired text; only
    // the first reports and counts them, so a warning appears once.
    bool reports_reading() const { return index == 0; }
};

}  // namespace mss
