// The state of one indexing run on one index folder, shared by the files that implement it:
// index_run.cpp (the run: incremental or rebuild, metadata, committing, publishing),
// article_intake.cpp (reading sources, change and duplicate detection), article_deletion.cpp
// (deleting what a source no longer holds, and the guards against mass deletion). What the run
// writes goes through one ArticleWriter (article_writer.h): an incremental or a full-build one.
// Internal to update_index_folder() (index_folder_update.h). Not thread-safe: one run on one
// thread (the writer it owns has threads of its own).
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include <mss/index.h>

#include "analysis_data.h"
#include "article_writer.h"
#include "index_layout.h"
#include "shard_slice.h"
#include "source_root.h"
#include "stored_text.h"
#include "stories/story_plan.h"

namespace mss {

using Clock = std::chrono::steady_clock;

// Thrown from inside read_articles() to leave it at once when a stop is requested.
struct StopRequested {};

class IndexRun {
  public:
    // `previous`: the live databases of the index's previous layout, when this run builds the
    // folder of a new one (a reshard), or empty (index_folder_update.h).
    IndexRun(const std::filesystem::path& dir, const IndexRunOptions& options,
             const IndexRunObserver& observer, const ShardSlice& slice, const StoryPlan& stories,
             const std::vector<Xapian::Database>& previous)
        : dir_(dir),
          layout_(dir),
          options_(options),
          observer_(observer),
          slice_(slice),
          stories_(stories),
          previous_(previous) {}

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
    void take_warning(SourceRoot& root, const SourceWarning& warning);
    void consider(Article&& article, const SourceRoot& root);
    std::string as_given(const std::string& path) const;
    bool is_seen(Xapian::docid id) const { return id < seen_.size() && seen_[id]; }
    void mark_seen(Xapian::docid id) {
        if (id >= seen_.size()) {
            seen_.resize(std::max<std::size_t>(id + 1, seen_.size() * 2));
        }
        seen_[id] = true;
        ++read_live_;
    }
    void commit();
    void delete_missing(const std::vector<SourceRoot>& roots);
    void carry_unread(const std::vector<SourceRoot>& roots);
    void keep_gone_root(const std::string& path, std::vector<SourceRoot>& roots);
    void read_recorded_roots(const Xapian::Database& database, std::vector<SourceRoot>& roots);
    bool refuses_deletions(const SourceRoot& root, std::size_t gone, std::size_t held);
    bool rebuild_would_drop_articles(const std::vector<SourceRoot>& roots);
    std::size_t replaced_in_slice(const std::string& term) const;
    std::string replaced_id(Xapian::docid id) const;
    void plan_retired();
    void report_progress(bool force);
    std::map<std::string, std::string> metadata_to_write(const std::vector<SourceRoot>& roots);

    const std::filesystem::path dir_;
    const IndexLayout layout_;
    const IndexRunOptions& options_;
    const IndexRunObserver& observer_;
    const ShardSlice slice_;
    const StoryPlan& stories_;
    const std::vector<Xapian::Database>& previous_;
    IndexRunSummary summary_;
    std::optional<AnalysisData> analysis_;

    std::optional<std::filesystem::path> live_;
    std::optional<Xapian::Database> live_database_;
    // What a new generation replaces, and what it counts its changes against: the live index at a
    // rebuild, the previous layout's databases (combined: one docid space) at a reshard.
    std::optional<Xapian::Database> replaced_;
    bool fresh_ = false;  // writing a new generation
    std::filesystem::path target_;
    std::unique_ptr<ArticleWriter> writer_;  // none on a dry run
    // Lookups: the incremental writer's view, or the live index on a dry run; empty in a full
    // build, whose parts are not readable until merged.
    Xapian::Database reader_;
    StoredTextReader stored_text_;  // reads the document data of reader_, live_database_, previous_

    // By docid of reader_, or of replaced_ in a rebuild: articles met this run (bits, so 1M
    // articles cost 128 KB), and how many.
    std::vector<bool> seen_;
    std::size_t read_live_ = 0;
    const std::vector<SourceRoot>* roots_ = nullptr;          // this run's, once run() has them
    std::unordered_map<std::string, std::string> in_flight_;  // id term -> path, not yet written
    bool published_ = false;
    std::size_t articles_read_ = 0;
    std::map<std::string, std::size_t> read_per_root_;  // source term -> articles of this slice
    IndexProgress progress_;
};

}  // namespace mss
