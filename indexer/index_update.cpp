// update_index_folder(): one whole indexing run on one index folder. The rules it implements
// (README "Nightly indexing", docs/SCHEMA.md "Generations"):
//  - An article is re-analysed only when its content hash differs from the stored one.
//  - Deletions are limited to the source roots this run reads, and to roots that could be read in
//    full: an unreadable folder or file never makes its articles vanish.
//  - A rebuild (asked for, or because the analysis data changed) writes a new generation and
//    publishes it with one rename; until then searches use the old one.
//  - Every commit is a consistent state; a run killed at any point leaves the last commit live.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/version.h>

#include "analysis_data.h"
#include "entity_file_record.h"
#include "folder_bytes.h"
#include "index_folder_update.h"
#include "index_layout.h"
#include "index_lock.h"
#include "parallel_document_builder.h"
#include "parallel_rebuild.h"
#include "recorded_roots.h"
#include "run_record.h"
#include "schema.h"
#include "stable_hash.h"
#include "stories/story_plan.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

// Thrown from inside read_articles() to leave it at once when a stop is requested.
struct StopRequested {};

constexpr std::size_t kProgressEvery = 256;

// The shortest time between two commits of an incremental run, whatever the batch size. Glass
// keeps one previous revision, so a search fails when two commits land while it reads; a writer
// committing every few milliseconds (--batch 1) made one search in 25,000 exhaust its retries.
// Four commits a second leave every search of normal length at least one whole interval.
constexpr auto kMinCommitInterval = std::chrono::milliseconds(250);

// Articles per part of a parallel full build: enough that merging the parts stays cheap, few
// enough that Xapian's buffers for one part stay small. On Reuters-21578, parts of 500 took 15%
// less CPU than parts of 2,000 and half the peak memory (46 MB against 107 MB); 4,000 took 30%
// more; 100 or 250 gained nothing.
constexpr std::size_t kArticlesPerPart = 500;

struct SourceRoot {
    std::string given;         // as the caller spelled it: article paths are recorded under this
    std::string path;          // absolute, normalised: the same root however it was spelled
    std::string term;          // schema::kSourceRootPrefix + hash of `path`
    bool read_in_full = true;  // false after a kFileSkipped warning: no deletions under it
};

SourceRoot make_root(const std::string& given) {
    fs::path path = fs::absolute(given).lexically_normal();
    if (path.filename().empty()) {
        path = path.parent_path();  // "seeds/" and "seeds" are one root
    }
    return {given, path.string(), schema::kSourceRootPrefix + hash_hex(stable_hash(path.string())),
            true};
}

// What is hashed decides what counts as a change: everything stored for the article, and the root
// it came from (its source term).
std::string content_hash(const Article& article, const SourceRoot& root) {
    if (article.from_feed) {
        Article placeless = article;
        placeless.path.clear();
        return hash_hex(stable_hash(schema::serialise_article(placeless), stable_hash(root.term)));
    }
    return hash_hex(stable_hash(schema::serialise_article(article), stable_hash(root.term)));
}

std::uintmax_t source_bytes(const std::vector<SourceRoot>& roots) {
    std::uintmax_t total = 0;
    for (const auto& root : roots) {
        std::error_code error;
        total += fs::is_directory(root.path, error) ? folder_bytes(root.path)
                                                    : fs::file_size(root.path, error);
    }
    return total;
}

std::size_t peak_rss_kib() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::size_t>(usage.ru_maxrss);  // KiB on Linux
}

Xapian::WritableDatabase open_writable(const fs::path& generation, const IndexRunOptions& options) {
    // Our own lock already keeps mss-index writers apart; this covers other Xapian tools.
    constexpr auto kLongestDelay = std::chrono::milliseconds(5000);
    for (auto delay = std::chrono::milliseconds(100);; delay = std::min(delay * 2, kLongestDelay)) {
        try {
            return Xapian::WritableDatabase(generation.string(),
                                            Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        } catch (const Xapian::DatabaseLockError&) {
            if (!options.wait) {
                throw IndexBusyError(generation.string() +
                                     ": another program is writing this index");
            }
            if (options.stop != nullptr && options.stop->load()) {
                throw InterruptedError("stopped while waiting for the Xapian writer lock");
            }
            std::this_thread::sleep_for(delay);
        } catch (const Xapian::Error& e) {
            throw IoError(generation.string() +
                          ": cannot open index for writing: " + e.get_description());
        }
    }
}

class IndexRun {
  public:
    IndexRun(const fs::path& dir, const IndexRunOptions& options, const IndexRunObserver& observer,
             const ShardSlice& slice, const StoryPlan& stories)
        : dir_(dir),
          layout_(dir),
          options_(options),
          observer_(observer),
          slice_(slice),
          stories_(stories) {}

    IndexRunSummary run(const std::vector<std::string>& sources);

  private:
    void notice(const std::string& message) const {
        if (observer_.on_notice) {
            observer_.on_notice(message);
        }
    }
    void plan(const std::string& change) const {
        if (observer_.on_planned_change) {
            observer_.on_planned_change(change);
        }
    }
    bool stop_requested() const { return options_.stop != nullptr && options_.stop->load(); }

    std::vector<std::string> entity_files_to_use() const;
    void decide_mode(std::vector<SourceRoot>& roots);
    void read_root(SourceRoot& root);
    void consider(Article&& article, const SourceRoot& root);
    bool is_seen(Xapian::docid id) const { return id < seen_.size() && seen_[id]; }
    void mark_seen(Xapian::docid id) {
        if (id >= seen_.size()) {
            seen_.resize(std::max<std::size_t>(id + 1, seen_.size() * 2));
        }
        seen_[id] = true;
    }
    void write_ready(bool all);
    void commit();
    void commit_if_due();
    void delete_missing(const std::vector<SourceRoot>& roots);
    bool refuses_deletions(const SourceRoot& root, std::size_t gone, std::size_t held);
    bool rebuild_would_drop_articles(const std::vector<SourceRoot>& roots);
    void report_progress(bool force);
    std::map<std::string, std::string> metadata_to_write(const std::vector<SourceRoot>& roots);

    const fs::path dir_;
    const IndexLayout layout_;
    const IndexRunOptions& options_;
    const IndexRunObserver& observer_;
    const ShardSlice slice_;
    const StoryPlan& stories_;
    IndexRunSummary summary_;
    std::optional<AnalysisData> analysis_;

    std::optional<fs::path> live_;
    std::optional<Xapian::Database> live_database_;
    bool fresh_ = false;  // writing a new generation
    fs::path target_;
    std::optional<Xapian::WritableDatabase> writer_;
    Xapian::Database reader_;  // lookups: the writer's view, or the live index on a dry run
    std::optional<ParallelDocumentBuilder> builder_;
    // A full build writes parts in parallel and merges them at the end instead (writer_ unused).
    std::optional<ParallelRebuild> rebuild_;
    std::map<std::string, std::string> fresh_metadata_;  // what the merged database gets

    std::vector<bool> seen_;  // by docid: articles met this run (bits, so 1M articles cost 128 KB)
    std::unordered_map<std::string, std::string> in_flight_;  // id term -> path, not yet written
    std::size_t uncommitted_ = 0;
    Clock::time_point last_commit_ = Clock::now();
    bool published_ = false;
    std::size_t articles_read_ = 0;
    std::map<std::string, std::size_t> read_per_root_;  // source term -> articles of this slice
    IndexProgress progress_;
};

// The entity files given, or else those the live index was built with: a run that merely forgets
// them must not rebuild the index without them.
std::vector<std::string> IndexRun::entity_files_to_use() const {
    if (!options_.entity_files.empty() || !options_.use_recorded_entity_files) {
        return options_.entity_files;
    }
    std::string record;
    try {
        if (const auto live = layout_.live_generation()) {
            record = Xapian::Database(live->string()).get_metadata(schema::kEntityFilesKey);
        }
    } catch (const Xapian::Error&) {
        return {};  // an unreadable index: decide_mode() says so
    }
    auto files = recorded_entity_files(record);
    for (const auto& file : files) {
        notice("using " + file + ", the entity file the index was built with");
    }
    return files;
}

void IndexRun::decide_mode(std::vector<SourceRoot>& roots) {
    live_ = layout_.live_generation();
    if (!live_) {
        fresh_ = true;
        return;
    }
    try {
        live_database_ = Xapian::Database(live_->string());
    } catch (const Xapian::Error& e) {
        if (!options_.rebuild) {
            throw IndexMissingError(dir_.string() + ": cannot open the index: " +
                                    e.get_description() + " (a rebuild starts afresh)");
        }
        // A rebuild recovers from a damaged index: there is no record of its sources to reread.
        notice("the live index cannot be opened (" + e.get_description() +
               "); the rebuild holds only the sources given");
        fresh_ = true;
        summary_.rebuild_reason = "requested";
        return;
    }
    if (options_.rebuild) {
        fresh_ = true;
        summary_.rebuild_reason = "requested";
    } else if (live_database_->get_metadata(schema::kStampKey) == analysis_->stamp) {
        return;
    } else {
        fresh_ = true;
        summary_.rebuild_reason =
            "the index was built with other analysis (index format, stopwords or entity data)";
    }
    // The rebuilt index must hold everything the old one did, not only this run's sources.
    for (const auto& [term, path] : recorded_roots(*live_database_)) {
        // Captured by name: clang before 16 cannot capture a structured binding (scripts/fuzz).
        const bool given =
            std::any_of(roots.begin(), roots.end(),
                        [&term = term](const SourceRoot& root) { return root.term == term; });
        if (given) {
            continue;
        }
        std::error_code error;
        if (fs::exists(path, error)) {
            notice("also reading " + path + ", which the index was built from");
            roots.push_back(make_root(path));
        } else {
            notice("source " + path +
                   " is gone; its articles are not carried into the rebuilt index");
        }
    }
}

IndexRunSummary IndexRun::run(const std::vector<std::string>& sources) {
    const auto start = Clock::now();
    std::vector<SourceRoot> roots;
    for (const auto& source : sources) {
        roots.push_back(make_root(source));
    }
    std::optional<IndexLock> lock;
    if (!options_.dry_run) {
        std::error_code error;
        fs::create_directories(dir_, error);
        if (error) {
            throw IoError(dir_.string() + ": cannot create index folder: " + error.message());
        }
        lock.emplace(dir_, options_.wait, observer_.on_notice, options_.stop);
        for (const auto& removed : layout_.remove_stale_generations()) {
            notice("removed old index generation " + removed.filename().string());
        }
    }
    analysis_ = load_analysis_data(options_.data_dir, entity_files_to_use());
    decide_mode(roots);
    if (!summary_.rebuild_reason.empty()) {
        notice("full rebuild: " + summary_.rebuild_reason);
    }
    progress_.bytes_total = source_bytes(roots);

    if (options_.dry_run) {
        if (!fresh_) {
            reader_ = *live_database_;
        }
    } else {
        target_ = fresh_ ? layout_.begin_generation() : *live_;
        const unsigned threads = options_.threads != 0
                                     ? options_.threads
                                     : std::max(1u, std::thread::hardware_concurrency());
        if (fresh_) {
            // Nothing reads the new generation before it is published, so it is built in parts
            // (inside its own folder, so a killed run's leftovers go with the generation).
            fresh_metadata_ = metadata_to_write(roots);
            rebuild_.emplace(target_ / "parts", threads, *analysis_, kArticlesPerPart);
        } else {
            writer_.emplace(open_writable(target_, options_));
            reader_ = *writer_;
            for (const auto& [key, value] : metadata_to_write(roots)) {
                writer_->set_metadata(key, value);
            }
            builder_.emplace(threads, *analysis_, 64 * threads);
        }
    }

    try {
        for (auto& root : roots) {
            read_root(root);
        }
        if (builder_) {
            write_ready(true);
        }
        if (options_.delete_missing && !fresh_) {
            delete_missing(roots);
        }
    } catch (const StopRequested&) {
        summary_.interrupted = true;
        if (builder_) {
            write_ready(true);  // finish what was analysed: the next commit is a clean stop
        }
    }
    report_progress(true);

    const bool changed = summary_.added + summary_.updated + summary_.deleted > 0;
    if ((writer_ || rebuild_) && (changed || fresh_)) {
        if (summary_.interrupted && fresh_ && live_) {
            summary_.abandoned = true;
        } else if (fresh_ && live_database_ && rebuild_would_drop_articles(roots)) {
            // Not published: the live index keeps every article; the unpublished generation
            // still carries its building mark and goes at the next run.
        } else {
            commit();
            if (fresh_ && !published_) {
                layout_.publish(target_);
                published_ = true;
                // The generation live until now stays for searches that opened it; older ones go.
                for (const auto& removed : layout_.remove_stale_generations()) {
                    notice("removed old index generation " + removed.filename().string());
                }
            }
            summary_.rebuilt = fresh_ && live_;
            summary_.wrote = true;
        }
    }
    writer_.reset();
    builder_.reset();
    rebuild_.reset();
    if (!summary_.wrote && !options_.dry_run && !summary_.interrupted && !fresh_) {
        notice("no changes; the index was not written");
    }

    if (const auto live = layout_.live_generation()) {
        const Xapian::Database live_database(live->string());
        summary_.article_count = live_database.get_doccount();
        summary_.index_bytes = folder_bytes(*live);
    }
    summary_.bytes_read = progress_.bytes;
    summary_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    summary_.peak_rss_kib = peak_rss_kib();
    if (!options_.dry_run) {
        write_run_record(dir_, summary_, fresh_);
    }
    return summary_;
}

void IndexRun::read_root(SourceRoot& root) {
    read_articles(
        root.given,
        [&](Article&& article) {
            if (stop_requested()) {
                throw StopRequested{};
            }
            consider(std::move(article), root);
        },
        [&](const SourceWarning& warning) {
            if (warning.effect == SourceWarning::Effect::kFileSkipped) {
                root.read_in_full = false;
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
                    break;  // not a reader's warning
            }
            if (observer_.on_warning) {
                observer_.on_warning(warning);
            }
        },
        options_.read);
}

void IndexRun::consider(Article&& article, const SourceRoot& root) {
    ++articles_read_;
    progress_.bytes += article.title.size() + article.body.size();
    report_progress(false);
    if (!slice_.holds(article.id)) {
        return;
    }
    ++read_per_root_[root.term];

    const std::string term = schema::id_term(article.id);
    const auto duplicate = [&](const std::string& first_place) {
        ++summary_.skipped;
        if (observer_.on_warning) {
            observer_.on_warning({article.path, "duplicate id '" + article.id +
                                                    "' (first read from " + first_place +
                                                    "); skipped"});
        }
    };
    if (const auto flying = in_flight_.find(term); flying != in_flight_.end()) {
        duplicate(flying->second);
        return;
    }
    std::string hash = content_hash(article, root);
    std::string story = stories_.story(article.id);
    const Xapian::PostingIterator existing = reader_.postlist_begin(term);
    const bool exists = existing != reader_.postlist_end(term);
    if (exists) {
        const Xapian::docid id = *existing;
        const Xapian::Document document = reader_.get_document(id);
        if (is_seen(id)) {
            duplicate(schema::parse_article(document.get_data()).path);
            return;
        }
        mark_seen(id);
        // An unchanged article is written again when its story changed (two stories merged).
        if (document.get_value(schema::kContentHashSlot) == hash &&
            document.get_value(schema::kStorySlot) == story) {
            ++summary_.unchanged;
            return;
        }
    }
    ++(exists ? summary_.updated : summary_.added);
    if (options_.dry_run) {
        plan(std::string(exists ? "update " : "add ") + article.id);
        in_flight_.emplace(term, article.path);  // kept: only for finding duplicates
        return;
    }
    in_flight_.emplace(term, article.path);
    // Without the root's term, delete_missing() never meets a feed item.
    const std::string root_term = article.from_feed ? std::string() : root.term;
    if (rebuild_) {
        // The parts are not readable until merged, so in_flight_ keeps every id for duplicates.
        rebuild_->submit(
            {std::move(article), std::move(hash), root_term, exists, std::move(story)});
        return;
    }
    builder_->submit({std::move(article), std::move(hash), root_term, exists, std::move(story)});
    write_ready(false);
}

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

// The metadata this run sets: everything for a new generation, else the sources when they grew.
std::map<std::string, std::string> IndexRun::metadata_to_write(
    const std::vector<SourceRoot>& roots) {
    std::map<std::string, std::string> metadata;
    if (fresh_) {
        metadata[schema::kFormatKey] = std::to_string(kIndexFormat);
        ArticleAnalyser& analyser = *analysis_->analyser;
        metadata[schema::kStopwordsKey] = analyser.analyzer().stopwords().serialise();
        // The searcher resolves entity names with exactly the registry we extract with.
        metadata[schema::kEntitiesKey] = analyser.registry().serialise();
        metadata[schema::kStampKey] = analysis_->stamp;
        metadata[schema::kEntityFilesKey] = record_entity_files(analysis_->entity_files);
    }
    auto recorded = fresh_ ? std::map<std::string, std::string>{} : recorded_roots(*writer_);
    const auto before = recorded;
    for (const auto& root : roots) {
        recorded[root.term] = root.path;
    }
    if (recorded != before) {
        metadata[schema::kSourcesKey] = nlohmann::json(recorded).dump();
    }
    return metadata;
}

void IndexRun::report_progress(bool force) {
    if (observer_.on_progress && (force || articles_read_ % kProgressEvery == 0)) {
        progress_.articles = articles_read_;
        observer_.on_progress(progress_);
    }
}

}  // namespace

IndexRunSummary update_index_folder(const std::string& index_dir,
                                    const std::vector<std::string>& sources,
                                    const IndexRunOptions& options,
                                    const IndexRunObserver& observer, const ShardSlice& slice,
                                    const StoryPlan& stories) {
    try {
        return IndexRun(index_dir, options, observer, slice, stories).run(sources);
    } catch (const Xapian::Error& e) {
        throw IoError(index_dir + ": " + e.get_description());
    }
}

}  // namespace mss
