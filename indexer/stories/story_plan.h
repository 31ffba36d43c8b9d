// The story of every article an indexing run will read, decided before the run writes anything:
// one pass over the sources looks up each article's story id and stored fingerprint in the index
// as it is, fingerprints only the articles that are new or changed (shingle_fingerprint.h), then
// StoryClusters groups them, comparing the new ones with the rest. Deciding once for the
// whole run, over every article read (not only one shard's), is what makes a story id the same
// whichever shard holds each copy.
//
// Thread-safety: called from one thread; plan_stories() starts its own fingerprinting threads.
#pragma once

#include <atomic>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include <mss/index.h>

namespace mss {

struct StoryPlan {
    std::unordered_map<std::string, std::string> story_of;  // article id -> story id

    // The story of `article_id`; an article the plan did not see (its file changed between the
    // plan and the run) is a story of its own.
    std::string story(const std::string& article_id) const;
};

// Reads every article under `sources` (warnings are left to the run, which reads them again) and
// gives each its story, fingerprinting on `threads` threads (at least one; the plan does not
// depend on how many). `indexes` are the live databases of the index (every shard), where the
// stories articles carry are looked up; any may be missing or unreadable. Stops early, with a
// partial plan, when `stop` becomes true.
StoryPlan plan_stories(const std::vector<std::string>& sources,
                       const std::vector<Xapian::Database>& indexes, const ReadOptions& read,
                       unsigned threads, const std::atomic<bool>* stop);

}  // namespace mss
