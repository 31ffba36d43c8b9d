#include "index_run.h"

#include <algorithm>

#include "carried_articles.h"
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
        const std::size_t held = replaced_in_slice(root.term);
        const std::size_t read = read_per_root_[root.term];  // with what carry_unread() kept
        refused = (held > read && refuses_deletions(root, held - read, held)) || refused;
    }
    if (refused) {
        summary_.deleted = 0;  // the rebuild is not published: the live index loses nothing
    }
    return refused;
}

// How many articles of replaced_ under `term` ("": all of them) this run's shard holds: all at a
// rebuild, which replaces the shard's own index; at a reshard, those whose id hashes to it.
std::size_t IndexRun::replaced_in_slice(const std::string& term) const {
    if (previous_.empty()) {
        return term.empty() ? replaced_->get_doccount() : replaced_->get_termfreq(term);
    }
    std::size_t held = 0;
    for (auto it = replaced_->postlist_begin(term); it != replaced_->postlist_end(term); ++it) {
        held += slice_.holds(replaced_id(*it)) ? 1 : 0;
    }
    return held;
}

std::string IndexRun::replaced_id(Xapian::docid id) const {
    const Xapian::Document document = replaced_->get_document(id);
    std::string whole = schema::id_of_term(id_term_of(document));
    return !whole.empty() ? whole
                          : schema::parse_article(stored_text_.restore(document.get_data())).id;
}

// Lists, on a dry run, what a rebuild or reshard would retire: what it replaces that it neither
// read nor carried.
void IndexRun::plan_retired() {
    for (auto it = replaced_->postlist_begin(""); it != replaced_->postlist_end(""); ++it) {
        if (is_seen(*it) || in_flight_.count(id_term_of(replaced_->get_document(*it))) != 0) {
            continue;
        }
        if (const std::string id = replaced_id(*it); slice_.holds(id)) {
            plan("delete " + id);
        }
    }
}

// A source root the index was built from whose path is gone at a rebuild: its articles are kept
// (carry_unread()) unless the caller named it to drop. A rebuild must not lose an archive because
// its folder was moved or not mounted, so only an explicit word drops it.
void IndexRun::keep_gone_root(const std::string& path, std::vector<SourceRoot>& roots) {
    SourceRoot root = make_root(path);
    const bool drop =
        std::any_of(options_.drop_sources.begin(), options_.drop_sources.end(),
                    [&](const std::string& given) { return make_root(given).term == root.term; });
    if (drop) {
        notice("source " + path + " is gone; its articles are dropped from the rebuilt index");
        return;
    }
    if (slice_.reports_reading()) {
        ++summary_.sources_missing;
        if (observer_.on_warning) {
            observer_.on_warning({path,
                                  "the index was built from this source, which is gone (moved or "
                                  "unmounted?); its articles are kept from the text the index "
                                  "stores",
                                  SourceWarning::Effect::kSourceMissing});
        }
    }
    root.gone = true;
    roots.push_back(std::move(root));
}

// Articles of the live index that the rebuild did not read but must keep (carried_articles.h).
void IndexRun::carry_unread(const std::vector<SourceRoot>& roots) {
    std::vector<RebuiltRoot> rebuilt;
    for (const auto& root : roots) {
        rebuilt.push_back({root.term, &root.unread, root.gone});
    }
    std::size_t carried = 0;
    const auto carry = [&](DocumentJob&& job) {
        if (stop_requested()) {
            throw StopRequested{};
        }
        if (!slice_.holds(job.article.id)) {
            return;  // a previous layout's database holds other shards' articles too
        }
        if (!job.source_term.empty()) {
            ++read_per_root_[job.source_term];
        }
        ++summary_.kept;
        ++carried;
        in_flight_.emplace(schema::id_term(job.article.id), job.article.path);
        if (writer_) {
            writer_->write(std::move(job));
        }
    };
    const auto read = [&](const std::string& id_term) { return in_flight_.count(id_term) != 0; };
    carry_unread_articles(*replaced_, stored_text_, rebuilt, read, carry);
    // What the replaced index held that the new generation neither read nor kept: retired.
    const std::size_t held = replaced_in_slice("");
    summary_.deleted = held - std::min(held, read_live_ + carried);
    if (carried != 0) {
        notice("kept " + std::to_string(carried) +
               " articles that the sources no longer hold in full (feed items that left their "
               "feed, files that could not be read in full, sources that are gone), from the text "
               "the index stores");
    }
}

void IndexRun::delete_missing(const std::vector<SourceRoot>& roots) {
    for (const auto& root : roots) {
        for (const auto& place : root.unread.places()) {
            notice("not deleting articles from " + place + ": it could not be read in full");
        }
        std::vector<Xapian::docid> gone;
        std::size_t held = 0;
        for (auto it = reader_.postlist_begin(root.term); it != reader_.postlist_end(root.term);
             ++it) {
            if (is_seen(*it)) {
                ++held;
                continue;
            }
            // An unread file's articles are neither held nor gone: this run knows nothing of them.
            if (!root.unread.empty() &&
                root.unread.hold(schema::parse_article(
                                     stored_text_.restore(reader_.get_document(*it).get_data()))
                                     .path)) {
                continue;
            }
            ++held;
            gone.push_back(*it);
        }
        if (refuses_deletions(root, gone.size(), held)) {
            continue;
        }
        for (const Xapian::docid id : gone) {
            ++summary_.deleted;
            if (options_.dry_run) {
                plan("delete " + schema::parse_article(
                                     stored_text_.restore(reader_.get_document(id).get_data()))
                                     .id);
                continue;
            }
            writer_->remove(id);
        }
    }
}

}  // namespace mss
