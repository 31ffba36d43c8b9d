// A full build spread over the cores. Most of an index build's time is Xapian's write path
// (inverting terms, compressing blocks), and one WritableDatabase is single-threaded, so analysis
// threads alone cannot use a second core. Here the articles are cut into parts of consecutive
// articles dealt to the worker threads in turn (part n to worker n mod threads); each worker
// analyses its parts and writes them to a database of its own, one commit per part, and finish()
// merges the workers' databases into one compacted database with Xapian::Database::compact.
// One database per worker rather than one per part: a merge of many small databases keeps each
// term's postings in as many chunks as there were sources (on Reuters-21578, parts of 500 made
// the postings 60% larger). Document ids follow the parts, worker by worker (parts 0, T, 2T, ...
// then 1, T+1, ...), so they depend on the articles and the thread count, never on timing.
// The workers' databases are written without fsync (Xapian's DB_NO_SYNC): nothing reads them but
// finish(), and a crash before the publish leaves only an unpublished generation to remove. The
// merged database finish() writes is synced (Xapian's compactor syncs every table it writes, and
// the metadata commit syncs), so the caller's publish (fsync, then rename) stays crash-safe.
//
// The text dictionary (stored_text.h) is trained on the first articles submitted: they are held
// until kDictionarySampleBytes of them have come (or finish() is called), the dictionary is
// trained on them, and only then do the workers start, every document compressed with it.
// finish() records it in the metadata (schema::kDictionaryKey).
//
// Thread-safety: submit() and finish() are called from one thread; the workers are internal.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "analysis_data.h"
#include "parallel_document_builder.h"

namespace mss {

class ParallelRebuild {
  public:
    // `threads` workers (at least one) write parts of `articles_per_part` articles under
    // `parts_dir`, which is created and, by the destructor, removed. `analysis` must outlive this.
    // Throws mss::IoError when `parts_dir` cannot be created.
    ParallelRebuild(std::filesystem::path parts_dir, unsigned threads, const AnalysisData& analysis,
                    std::size_t articles_per_part);
    ~ParallelRebuild();
    ParallelRebuild(const ParallelRebuild&) = delete;
    ParallelRebuild& operator=(const ParallelRebuild&) = delete;

    // Queues an article for its part's worker; blocks while that worker has a part's worth queued.
    // Rethrows an exception a worker hit.
    void submit(DocumentJob job);

    // Waits for every submitted article, then writes one compacted database at `target` (a folder
    // that does not exist or is empty) holding them all in submission order, with `metadata` set.
    // Call once. Rethrows a worker's exception; Xapian errors propagate.
    void finish(const std::filesystem::path& target,
                const std::map<std::string, std::string>& metadata);

    std::size_t submitted() const { return submitted_ + held_.size(); }

  private:
    struct Worker {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<std::pair<std::size_t, DocumentJob>> queue;  // (part number, job)
        bool closing = false;
        std::filesystem::path path;  // the worker's database
        std::thread thread;
    };

    void work(Worker& worker, const AnalysisData& analysis);
    void dispatch(DocumentJob job);
    void start_compressing();
    void close_workers();
    std::filesystem::path worker_path(std::size_t worker) const;
    void fail(std::exception_ptr failure);
    void rethrow_failure();

    const std::filesystem::path parts_dir_;
    const std::size_t articles_per_part_;
    std::size_t submitted_ = 0;      // dispatched to the workers
    std::vector<DocumentJob> held_;  // the dictionary's samples, until it is trained
    std::size_t held_bytes_ = 0;
    std::optional<TextCompressor> compressor_;  // set before the first job reaches a worker
    std::mutex failure_mutex_;
    std::exception_ptr failure_;
    std::vector<std::unique_ptr<Worker>> workers_;
};

}  // namespace mss
