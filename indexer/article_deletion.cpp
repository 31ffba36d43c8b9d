#include "index_run.h"

#include "schema.h"

namespace mss {
namespace fs = std::filesystem;

// The guard against mass deletion (IndexRunOptions::max_delete) for one root: warns and returns
// true when `gone` of its `held` articles are too many to delete.
bool IndexRun::refuses_deletions(const SourceRoot& root, std::size_t gone, std::size_t held) {
    const bool all = gone != 0 && gone == held;
    if (options_.force_delete || !(all || gone > options_.max_delete)) {
        return false;
    }
    summary_.deletions_refused += gone;
    if (observer_.on_warning) {
        observer_.on_warning(
            {root.given,
             "the run would delete " +
                 (all ? "all " + std::to_string(held) + " of its articles"
                      : std::to_string(gone) + " of its " + std::to_string(held) +
                            " articles, over the limit of " + std::to_string(options_.max_delete)) +
                 "; none deleted from it (an empty, unmounted or half-copied source?)",
             SourceWarning::Effect::kDeletionsRefused});
    }
    return true;
}

// A rebuild holds only what it read: a root that lost all its articles or too many since the live
// index was built (an empty or unmounted source) makes the rebuild too costly to publish.
bool IndexRun::rebuild_would_drop_articles(const std::vector<SourceRoot>& roots) {
    bool refused = false;
    for (const auto& root : roots) {
        const std::size_t held = live_database_->get_termfreq(root.term);
        const std::size_t read = read_per_root_[root.term];
        if (!root.read_in_full && held > read) {
            notice("not rebuilding: " + root.path + " could not be read in full");
            summary_.deletions_refused += held - read;
            refused = true;
            continue;
        }
        refused = (held > read && refuses_deletions(root, held - read, held)) || refused;
    }
    return refused;
}

void IndexRun::delete_missing(const std::vector<SourceRoot>& roots) {
    for (const auto& root : roots) {
        if (!root.read_in_full) {
            notice("not deleting articles from " + root.path + ": some of it could not be read");
            continue;
        }
        std::vector<Xapian::docid> gone;
        std::size_t held = 0;
        for (auto it = reader_.postlist_begin(root.term); it != reader_.postlist_end(root.term);
             ++it) {
            ++held;
            if (!is_seen(*it)) {
                gone.push_back(*it);
            }
        }
        if (refuses_deletions(root, gone.size(), held)) {
            continue;
        }
        for (const Xapian::docid id : gone) {
            ++summary_.deleted;
            if (options_.dry_run) {
                plan("delete " + schema::parse_article(reader_.get_document(id).get_data()).id);
                continue;
            }
            writer_->delete_document(id);
            ++uncommitted_;
            commit_if_due();
        }
    }
}

}  // namespace mss
