// One indexing run on one index folder (an unsharded index, or one shard of a sharded one).
// update_index() calls it once, or once per shard.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include <mss/index.h>

#include "shard_slice.h"
#include "stories/story_plan.h"

namespace mss {

// Which part of the index one folder holds, planned by update_index() for every folder at once.
struct FolderPlan {
    // The articles the folder holds: the others are read but neither indexed nor counted, and
    // never deleted from it, which cannot hold them.
    ShardSlice slice;
    // The story of each article, planned over the whole index.
    const StoryPlan& stories;
    // The live databases of the index's previous layout when the run builds a folder of a new one
    // (a rebuild into another number of shards), else empty: the new folder holds what they held,
    // as a rebuild holds what its live generation held (the sources they record are read again,
    // what cannot be read again is carried over, carried_articles.h).
    const std::vector<Xapian::Database>& previous;
};

// update_index() for the folder `index_dir`, indexing the articles `plan` gives it.
IndexRunSummary update_index_folder(const std::string& index_dir,
                                    const std::vector<std::string>& sources,
                                    const IndexRunOptions& options,
                                    const IndexRunObserver& observer, const FolderPlan& plan);

}  // namespace mss
