// update_index(): an unsharded index is one folder run; a sharded one runs each shard folder in
// turn, each indexing only the articles its id hash gives it, then lists the shards in the index's
// stub. Shards are run one after another: each reads every source (reading is cheap next to
// analysis, which each shard does only for its own articles), and on one machine the analysis
// threads already use every core.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <thread>

#include <mss/error.h>
#include <mss/index.h>

#include "index_folder_update.h"
#include "index_layout.h"
#include "recorded_roots.h"
#include "source_root.h"
#include "stories/story_plan.h"

namespace mss {
namespace {

void add_shard(IndexRunSummary& total, const IndexRunSummary& shard, bool first) {
    total.added += shard.added;
    total.updated += shard.updated;
    total.unchanged += shard.unchanged;
    total.deleted += shard.deleted;
    total.kept += shard.kept;
    total.sources_missing += shard.sources_missing;
    total.skipped += shard.skipped;
    total.repaired += shard.repaired;
    total.deletions_refused += shard.deletions_refused;
    total.rebuilt = total.rebuilt || shard.rebuilt;
    if (total.rebuild_reason.empty()) {
        total.rebuild_reason = shard.rebuild_reason;
    }
    total.interrupted = total.interrupted || shard.interrupted;
    total.abandoned = total.abandoned || shard.abandoned;
    total.wrote = total.wrote || shard.wrote;
    total.seconds += shard.seconds;
    if (first) {
        total.bytes_read = shard.bytes_read;  // every shard reads the same sources
    }
    total.index_bytes += shard.index_bytes;
    total.article_count += shard.article_count;
    total.peak_rss_kib = std::max(total.peak_rss_kib, shard.peak_rss_kib);
}

std::string layout_name(std::optional<unsigned> shards) {
    return shards ? std::to_string(*shards) + " shards" : "one unsharded index";
}

// The live databases of the index as it is (every shard of its present layout), for the stories
// their articles carry. A damaged or missing one is left out: its articles carry no story.
std::vector<Xapian::Database> live_databases(const IndexLayout& layout,
                                             std::optional<unsigned> shards) {
    std::vector<IndexLayout> folders;
    if (shards) {
        for (unsigned k = 1; k <= *shards; ++k) {
            folders.emplace_back(layout.shard_folder(k, *shards));
        }
    } else {
        folders.push_back(layout);
    }
    std::vector<Xapian::Database> databases;
    for (const IndexLayout& folder : folders) {
        try {
            if (const auto live = folder.live_generation()) {
                databases.emplace_back(live->string());
            }
        } catch (const std::exception&) {
        } catch (const Xapian::Error&) {
        }
    }
    return databases;
}

std::string normal_path(const std::string& path) {
    std::filesystem::path normal = std::filesystem::absolute(path).lexically_normal();
    return (normal.filename().empty() ? normal.parent_path() : normal).string();
}

// What the story plan reads: this run's sources and every root the index was built from that is
// still there, so a copy of an article indexed in an earlier run from another root is found too.
std::vector<std::string> plan_sources(const std::vector<std::string>& sources,
                                      const std::vector<Xapian::Database>& databases) {
    std::vector<std::string> all = sources;
    std::set<std::string> seen;
    for (const std::string& source : sources) {
        seen.insert(normal_path(source));
    }
    for (const Xapian::Database& database : databases) {
        for (const auto& [term, path] : recorded_roots(database)) {
            std::error_code error;
            if (seen.insert(path).second && std::filesystem::exists(path, error)) {
                all.push_back(path);
            }
        }
    }
    return all;
}

// A source to drop must be one the index was built from whose path is gone; anything else (a typo,
// a source still there) would be ignored, and the user would believe it dropped.
void check_drop_sources(const std::vector<std::string>& drop_sources,
                        const std::vector<Xapian::Database>& databases) {
    std::map<std::string, std::string> recorded;
    for (const Xapian::Database& database : databases) {
        recorded.merge(recorded_roots(database));
    }
    for (const std::string& given : drop_sources) {
        const auto root = recorded.find(make_root(given).term);
        if (root == recorded.end()) {
            std::string known;
            for (const auto& [term, path] : recorded) {
                known += (known.empty() ? "" : ", ") + path;
            }
            throw InvalidArgumentError(given +
                                       ": not a source the index was built from; nothing dropped "
                                       "(its sources: " +
                                       (known.empty() ? "none" : known) + ")");
        }
        std::error_code error;
        if (std::filesystem::exists(root->second, error)) {
            throw InvalidArgumentError(given +
                                       ": still there, so a rebuild reads it again; nothing "
                                       "dropped (only a source that is gone can be dropped)");
        }
    }
}

}  // namespace

IndexRunSummary update_index(const std::string& index_dir, const std::vector<std::string>& sources,
                             const IndexRunOptions& options, const IndexRunObserver& observer) {
    const IndexLayout layout(index_dir);
    const std::optional<unsigned> existing = layout.shard_count();
    const unsigned wanted = options.shards != 0 ? options.shards : existing.value_or(1);
    const bool unsharded_exists = !existing && layout.live_generation().has_value();
    if ((existing && *existing != wanted) || (unsharded_exists && wanted > 1)) {
        if (!options.rebuild || wanted == 1) {
            throw InvalidArgumentError(
                index_dir + " holds " + layout_name(existing) + ", not " +
                layout_name(wanted > 1 ? std::optional(wanted) : std::nullopt) +
                (wanted > 1 ? "; only a rebuild can split it anew"
                            : "; index into a new folder to unshard it"));
        }
    }
    // Stories are decided once for every shard, so a story id never depends on the shard.
    const std::vector<Xapian::Database> live = live_databases(layout, existing);
    check_drop_sources(options.drop_sources, live);
    const StoryPlan stories = plan_stories(
        plan_sources(sources, live), live, options.read,
        options.threads != 0 ? options.threads : std::thread::hardware_concurrency(), options.stop);
    // A new layout's folders hold what the present one does (its live databases, `live`).
    const std::vector<Xapian::Database> no_previous;
    if (wanted <= 1) {
        return update_index_folder(index_dir, sources, options, observer,
                                   {ShardSlice{}, stories, no_previous});
    }

    IndexRunSummary total;
    bool all_live = true;
    for (unsigned k = 1; k <= wanted; ++k) {
        const std::string prefix =
            "shard " + std::to_string(k) + " of " + std::to_string(wanted) + ": ";
        IndexRunObserver shard_observer = observer;
        if (observer.on_notice) {
            shard_observer.on_notice = [&](const std::string& message) {
                observer.on_notice(prefix + message);
            };
        }
        const std::string folder = layout.shard_folder(k, wanted).string();
        add_shard(total,
                  update_index_folder(
                      folder, sources, options, shard_observer,
                      {{k - 1, wanted}, stories, existing != wanted ? live : no_previous}),
                  k == 1);
        all_live = all_live && IndexLayout(folder).live_generation().has_value();
        if (total.interrupted) {
            return total;  // the stub changes only once every shard is complete
        }
    }
    if (!options.dry_run && all_live && existing != wanted) {
        layout.publish_shards(wanted);
        if (observer.on_notice) {
            observer.on_notice("the index now searches " + std::to_string(wanted) + " shards" +
                               (existing || unsharded_exists
                                    ? "; the folders of the previous layout stay until removed"
                                    : ""));
        }
    }
    return total;
}

}  // namespace mss
