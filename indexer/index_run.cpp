// update_index_folder(): one whole indexing run on one index folder. The rules it implements
// (README "Nightly indexing", docs/SCHEMA.md "Generations"):
//  - An article is re-analysed only when its content hash differs from the stored one.
//  - Deletions are limited to the source roots this run reads, and to roots that could be read in
//    full: an unreadable folder or file never makes its articles vanish.
//  - A rebuild (asked for, or because the analysis data changed) writes a new generation and
//    publishes it with one rename; until then searches use the old one.
//  - Every commit is a consistent state; a run killed at any point leaves the last commit live.
#include "index_run.h"

#include <sys/resource.h>

#include <algorithm>
#include <thread>

#include <mss/error.h>
#include <mss/version.h>

#include "entity_file_record.h"
#include "folder_bytes.h"
#include "full_build_writer.h"
#include "incremental_writer.h"
#include "index_lock.h"
#include "recorded_roots.h"
#include "run_record.h"
#include "schema.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kProgressEvery = 256;

std::size_t peak_rss_kib() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::size_t>(usage.ru_maxrss);  // KiB on Linux
}

}  // namespace

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
        } else if (!previous_.empty()) {  // a reshard: what the previous layout was built with
            record = previous_.front().get_metadata(schema::kEntityFilesKey);
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
        // A new layout's folder must hold everything the previous layout did.
        for (const Xapian::Database& database : previous_) {
            read_recorded_roots(database, roots);
        }
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
    read_recorded_roots(*live_database_, roots);
}

// Adds to `roots` those `database` was built from that are not among them yet.
void IndexRun::read_recorded_roots(const Xapian::Database& database,
                                   std::vector<SourceRoot>& roots) {
    for (const auto& [term, path] : recorded_roots(database)) {
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
            keep_gone_root(path, roots);
        }
    }
}

IndexRunSummary IndexRun::run(const std::vector<std::string>& sources) {
    const auto start = Clock::now();
    std::vector<SourceRoot> roots;
    for (const auto& source : sources) {
        roots.push_back(make_root(source));
    }
    roots_ = &roots;
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
            writer_ = std::make_unique<FullBuildWriter>(target_, threads, *analysis_,
                                                        metadata_to_write(roots));
        } else {
            auto incremental = std::make_unique<IncrementalWriter>(
                target_, options_, threads, *analysis_,
                [this](const BuiltDocument& built, Xapian::docid id) {
                    mark_seen(id);
                    in_flight_.erase(built.id_term);
                });
            reader_ = incremental->database();
            for (const auto& [key, value] : metadata_to_write(roots)) {
                incremental->set_metadata(key, value);
            }
            writer_ = std::move(incremental);
        }
    }
    stored_text_.add_dictionary(reader_.get_metadata(schema::kDictionaryKey));
    // A rebuild or reshard checks what it reads against the index it replaces, whose text it reads.
    if (fresh_ && live_database_) {
        replaced_ = *live_database_;
    } else if (fresh_ && !previous_.empty()) {
        replaced_.emplace();
        for (const Xapian::Database& database : previous_) {
            replaced_->add_database(database);
        }
    }
    if (live_database_) {
        stored_text_.add_dictionary(live_database_->get_metadata(schema::kDictionaryKey));
    }
    for (const Xapian::Database& database : previous_) {
        stored_text_.add_dictionary(database.get_metadata(schema::kDictionaryKey));
    }

    try {
        for (auto& root : roots) {
            read_root(root);
        }
        if (replaced_) {
            carry_unread(roots);
        }
        if (writer_) {
            writer_->flush();
        }
        if (options_.delete_missing && !fresh_) {
            delete_missing(roots);
        }
    } catch (const StopRequested&) {
        summary_.interrupted = true;
        if (writer_) {
            writer_->flush();  // finish what was analysed: the next commit is a clean stop
        }
    }
    report_progress(true);
    // A dry run says what the real run would do, its refusals included.
    if (options_.dry_run && replaced_ && !summary_.interrupted &&
        !rebuild_would_drop_articles(roots)) {
        plan_retired();
    }

    const bool changed = summary_.added + summary_.updated + summary_.deleted > 0;
    if (writer_ && (changed || fresh_)) {
        // A stopped rebuild or reshard is not published: what it replaces is still live, and a
        // half-built generation published beside it would be updated, not rebuilt, next run.
        if (summary_.interrupted && fresh_ && (live_ || !previous_.empty())) {
            summary_.abandoned = true;
        } else if (replaced_ && rebuild_would_drop_articles(roots)) {
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

// The metadata this run sets: everything for a new generation, else the sources when they grew.
std::map<std::string, std::string> IndexRun::metadata_to_write(
    const std::vector<SourceRoot>& roots) {
    std::map<std::string, std::string> metadata;
    if (fresh_) {
        // The searcher resolves entity names with exactly the registry we extract with.
        metadata = analysis_metadata(*analysis_->analyser);
        metadata[schema::kStampKey] = analysis_->stamp;
        metadata[schema::kEntityFilesKey] = record_entity_files(analysis_->entity_files);
    }
    auto recorded = fresh_ ? std::map<std::string, std::string>{} : recorded_roots(reader_);
    const auto before = recorded;
    for (const auto& root : roots) {
        recorded[root.term] = root.path;
    }
    if (recorded != before) {
        metadata[schema::kSourcesKey] = serialise_roots(recorded);
    }
    return metadata;
}

void IndexRun::commit() {
    writer_->commit();
    // A first index is published at its first commit, so a run killed later leaves a searchable
    // part that the next run completes. A rebuild replacing a live index waits for the end.
    if (fresh_ && !live_ && !published_) {
        layout_.publish(target_);
        published_ = true;
    }
}

void IndexRun::report_progress(bool force) {
    if (observer_.on_progress && (force || articles_read_ % kProgressEvery == 0)) {
        progress_.articles = articles_read_;
        observer_.on_progress(progress_);
    }
}

}  // namespace mss
