#include "index_run.h"

#include <mss/error.h>

namespace mss {
namespace fs = std::filesystem;
namespace {

// The shortest time between two commits of an incremental run, whatever the batch size. Glass
// keeps one previous revision, so a search fails when two commits land while it reads; a writer
// committing every few milliseconds (--batch 1) made one search in 25,000 exhaust its retries.
// Four commits a second leave every search of normal length at least one whole interval.
constexpr auto kMinCommitInterval = std::chrono::milliseconds(250);

}  // namespace

void IndexRun::write_ready(bool all) {
    for (auto& built : builder_->take(all)) {
        try {
            // A new id needs no lookup of the old document: add_document() skips it.
            mark_seen(built.replaces ? writer_->replace_document(built.id_term, built.document)
                                     : writer_->add_document(built.document));
        } catch (const Xapian::Error& e) {
            throw IoError(built.path + ": cannot index: " + e.get_description());
        }
        in_flight_.erase(built.id_term);
        ++uncommitted_;
        commit_if_due();
    }
}

void IndexRun::commit_if_due() {
    if (uncommitted_ >= options_.batch_size && Clock::now() - last_commit_ >= kMinCommitInterval) {
        commit();
    }
}

void IndexRun::commit() {
    try {
        if (rebuild_) {
            rebuild_->finish(target_, fresh_metadata_);
        } else {
            writer_->commit();
        }
    } catch (const Xapian::Error& e) {
        throw IoError(target_.string() + ": commit failed: " + e.get_description());
    }
    uncommitted_ = 0;
    last_commit_ = Clock::now();
    // A first index is published at its first commit, so a run killed later leaves a searchable
    // part that the next run completes. A rebuild replacing a live index waits for the end.
    if (fresh_ && !live_ && !published_) {
        layout_.publish(target_);
        published_ = true;
    }
}

}  // namespace mss
