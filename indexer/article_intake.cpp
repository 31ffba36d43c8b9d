// Reading the sources: each article is indexed, updated, or skipped as unchanged or as a
// second article with an id already read.
#include "index_run.h"

#include <mss/error.h>

#include "schema.h"

namespace mss {
namespace fs = std::filesystem;

void IndexRun::read_root(SourceRoot& root) {
    if (root.gone) {
        return;  // nothing to read: carry_unread() keeps its articles
    }
    const auto on_warning = [&](const SourceWarning& warning) { take_warning(root, warning); };
    try {
        read_articles(
            root.given,
            [&](Article&& article) {
                if (stop_requested()) {
                    throw StopRequested{};
                }
                consider(std::move(article), root);
            },
            on_warning, options_.read);
    } catch (const InputError&) {
        std::error_code error;
        if (fs::exists(root.path, error)) {
            throw;
        }
        // There when the run began, gone now (unmounted mid-run): a folder that could not be
        // read, whose articles stay as they are.
        on_warning({root.given, "vanished during the run (unmounted?); its articles are kept",
                    SourceWarning::Effect::kFileSkipped, root.path});
    }
}

void IndexRun::take_warning(SourceRoot& root, const SourceWarning& warning) {
    if (warning.effect == SourceWarning::Effect::kFileSkipped) {
        root.unread.add(warning.kept.empty() ? root.path : warning.kept);
    }
    if (!slice_.reports_reading()) {
        return;
    }
    switch (warning.effect) {
        case SourceWarning::Effect::kRepaired:
            ++summary_.repaired;
            break;
        case SourceWarning::Effect::kFileSkipped:
        case SourceWarning::Effect::kSkipped:
            ++summary_.skipped;
            break;
        case SourceWarning::Effect::kDeletionsRefused:
        case SourceWarning::Effect::kSourceMissing:
            break;  // not a reader's warning
    }
    if (observer_.on_warning) {
        observer_.on_warning(warning);
    }
}

// A stored path (resolved, Article::path) as the user spelled it, as the readers' warnings spell
// paths: under the given root that holds it (the innermost), else as stored.
std::string IndexRun::as_given(const std::string& path) const {
    const SourceRoot* holder = nullptr;
    for (const SourceRoot& root : *roots_) {
        const bool under = path.compare(0, root.path.size(), root.path) == 0 &&
                           (path.size() == root.path.size() || path[root.path.size()] == '/' ||
                            path[root.path.size()] == ':');
        if (under && (holder == nullptr || root.path.size() > holder->path.size())) {
            holder = &root;
        }
    }
    if (holder == nullptr) {
        return path;
    }
    const std::string rest = path.substr(holder->path.size());
    if (rest.empty() || rest[0] == ':') {
        return holder->given + rest;  // a file given as the root, or a line of it
    }
    return (fs::path(holder->given) / rest.substr(1)).string();
}

void IndexRun::consider(Article&& article, const SourceRoot& root) {
    ++articles_read_;
    progress_.bytes += article.title.size() + article.body.size();
    report_progress(false);
    if (!slice_.holds(article.id)) {
        return;
    }
    // Set against what the index holds under the root (the mass-deletion guard): a feed item is
    // not written under it, and a duplicate is not written at all.
    std::size_t& read_of_root = read_per_root_[root.term];
    if (!article.from_feed) {
        ++read_of_root;
    }

    const std::string term = schema::id_term(article.id);
    const auto duplicate = [&](const std::string& first_place) {
        if (!article.from_feed) {
            --read_of_root;
        }
        ++summary_.skipped;
        if (observer_.on_warning) {
            observer_.on_warning(
                {as_given(article.path), "duplicate id '" + article.id + "' (first read from " +
                                             as_given(first_place) + "); skipped"});
        }
    };
    if (const auto flying = in_flight_.find(term); flying != in_flight_.end()) {
        duplicate(flying->second);
        return;
    }
    std::string hash = content_hash(article, root);
    std::string story = stories_.story(article.id);
    // A rebuild writes every article into the new generation, but counts it against the index it
    // replaces, so its summary says what changed as an incremental run's does.
    const bool rebuilding = replaced_.has_value();
    const Xapian::Database& known = rebuilding ? *replaced_ : reader_;
    const Xapian::PostingIterator existing = known.postlist_begin(term);
    const bool exists = existing != known.postlist_end(term);
    bool unchanged = false;
    if (exists) {
        const Xapian::docid id = *existing;
        const Xapian::Document document = known.get_document(id);
        if (is_seen(id)) {
            duplicate(schema::parse_article(stored_text_.restore(document.get_data())).path);
            return;
        }
        mark_seen(id);
        // An unchanged article is written again when its story changed (two stories merged).
        unchanged = document.get_value(schema::kContentHashSlot) == hash &&
                    document.get_value(schema::kStorySlot) == story;
    }
    if (unchanged) {
        ++summary_.unchanged;
        if (!rebuilding) {
            return;
        }
    } else {
        ++(exists ? summary_.updated : summary_.added);
    }
    if (options_.dry_run) {
        if (!unchanged) {
            plan(std::string(exists ? "update " : "add ") + article.id);
        }
        in_flight_.emplace(term, article.path);  // kept: only for finding duplicates
        return;
    }
    in_flight_.emplace(term, article.path);
    // Without the root's term, delete_missing() never meets a feed item.
    const std::string root_term = article.from_feed ? std::string() : root.term;
    // A full build's parts are not readable until merged, so in_flight_ then keeps every id.
    // Nothing of a new generation exists yet: every article is new to it.
    const bool replaces = exists && !rebuilding;
    writer_->write({std::move(article), std::move(hash), root_term, replaces, std::move(story)});
}

}  // namespace mss
