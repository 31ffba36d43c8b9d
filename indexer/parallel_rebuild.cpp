#include "parallel_rebuild.h"

#include <algorithm>
#include <system_error>

#include <xapian.h>

#include <mss/error.h>

#include "schema.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

// How much article text (title and body) the text dictionary is trained on, while the workers
// wait. On Reuters-21578 (22.0 MB of document data), training on the first 4 MB took 0.6 s;
// training on all of it took 3.1 s and compressed the documents only 2.5% better.
constexpr std::size_t kDictionarySampleBytes = 4 << 20;

}  // namespace

ParallelRebuild::ParallelRebuild(fs::path parts_dir, unsigned threads, const AnalysisData& analysis,
                                 std::size_t articles_per_part)
    : parts_dir_(std::move(parts_dir)),
      articles_per_part_(std::max<std::size_t>(articles_per_part, 1)) {
    std::error_code error;
    fs::create_directories(parts_dir_, error);
    if (error) {
        throw IoError(parts_dir_.string() + ": cannot create folder: " + error.message());
    }
    for (unsigned i = 0; i < std::max(threads, 1u); ++i) {
        workers_.push_back(std::make_unique<Worker>());
        workers_.back()->path = worker_path(i);
    }
    for (auto& worker : workers_) {
        Worker& mine = *worker;
        mine.thread = std::thread([this, &mine, &analysis] { work(mine, analysis); });
    }
}

ParallelRebuild::~ParallelRebuild() {
    for (auto& worker : workers_) {
        const std::lock_guard<std::mutex> lock(worker->mutex);
        worker->queue.clear();  // unfinished work is abandoned: the caller is unwinding
    }
    close_workers();
    std::error_code ignored;
    fs::remove_all(parts_dir_, ignored);
}

fs::path ParallelRebuild::worker_path(std::size_t worker) const {
    return parts_dir_ / ("worker-" + std::to_string(worker));
}

void ParallelRebuild::fail(std::exception_ptr failure) {
    const std::lock_guard<std::mutex> lock(failure_mutex_);
    if (!failure_) {
        failure_ = std::move(failure);
    }
}

void ParallelRebuild::rethrow_failure() {
    const std::lock_guard<std::mutex> lock(failure_mutex_);
    if (failure_) {
        std::rethrow_exception(failure_);
    }
}

void ParallelRebuild::work(Worker& worker, const AnalysisData& analysis) {
    bool failed = false;
    std::unique_ptr<ArticleAnalyser> analyser;
    try {
        analyser = analysis.new_analyser();
    } catch (...) {
        fail(std::current_exception());
        failed = true;
    }
    std::unique_ptr<Xapian::WritableDatabase> database;
    std::size_t part_number = 0;
    std::unique_lock<std::mutex> lock(worker.mutex);
    for (;;) {
        worker.changed.wait(lock, [&] { return worker.closing || !worker.queue.empty(); });
        if (worker.queue.empty()) {
            break;
        }
        auto [number, job] = std::move(worker.queue.front());
        worker.queue.pop_front();
        lock.unlock();
        worker.changed.notify_all();  // room for submit()
        if (!failed) {  // after a failure the queue is only drained, so submit() never blocks
            try {
                if (!database) {
                    // No fsync per commit: a worker's database is scratch, read once by the
                    // merge in finish() and removed. What is published is the merged copy, which
                    // the compactor syncs table by table before finish() returns.
                    database = std::make_unique<Xapian::WritableDatabase>(
                        worker.path.string(),
                        Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
                } else if (number != part_number) {
                    database->commit();  // one commit per part keeps Xapian's buffers small
                }
                part_number = number;
                database->add_document(build_job_document(job, *analyser, *compressor_));
            } catch (...) {
                fail(std::current_exception());
                failed = true;
            }
        }
        lock.lock();
    }
    lock.unlock();
    if (database && !failed) {
        try {
            database->commit();
        } catch (...) {
            fail(std::current_exception());
        }
    }
}

void ParallelRebuild::submit(DocumentJob job) {
    rethrow_failure();
    if (!compressor_) {
        held_bytes_ += job.article.title.size() + job.article.body.size();
        held_.push_back(std::move(job));
        if (held_bytes_ >= kDictionarySampleBytes) {
            start_compressing();
        }
        return;
    }
    dispatch(std::move(job));
}

void ParallelRebuild::start_compressing() {
    std::vector<std::string> samples;
    samples.reserve(held_.size());
    for (const DocumentJob& job : held_) {
        samples.push_back(schema::serialise_article(job.article, "header"));
    }
    compressor_.emplace(train_text_dictionary(samples));
    std::vector<DocumentJob> held = std::move(held_);
    held_.clear();
    for (DocumentJob& job : held) {
        dispatch(std::move(job));
    }
}

void ParallelRebuild::dispatch(DocumentJob job) {
    const std::size_t number = submitted_ / articles_per_part_;
    Worker& worker = *workers_[number % workers_.size()];
    {
        // A full part may wait per worker, so the reader can run one part ahead of each of them.
        std::unique_lock<std::mutex> lock(worker.mutex);
        worker.changed.wait(lock, [&] { return worker.queue.size() < articles_per_part_; });
        worker.queue.emplace_back(number, std::move(job));
    }
    worker.changed.notify_all();
    ++submitted_;
}

void ParallelRebuild::close_workers() {
    for (auto& worker : workers_) {
        {
            const std::lock_guard<std::mutex> lock(worker->mutex);
            worker->closing = true;
        }
        worker->changed.notify_all();
    }
    for (auto& worker : workers_) {
        if (worker->thread.joinable()) {
            worker->thread.join();
        }
    }
}

void ParallelRebuild::finish(const fs::path& target,
                             const std::map<std::string, std::string>& metadata) {
    if (!compressor_) {
        start_compressing();  // fewer articles than the sample: the dictionary learns from all
    }
    close_workers();
    rethrow_failure();
    if (submitted_ > 0) {
        Xapian::Database workers;
        for (const auto& worker : workers_) {
            if (fs::exists(worker->path)) {
                workers.add_database(Xapian::Database(worker->path.string()));
            }
        }
        workers.compact(target.string(), Xapian::Compactor::FULL);
    }
    // The metadata goes on last, in one small commit (the parts carry none).
    Xapian::WritableDatabase database(target.string(),
                                      Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    for (const auto& [key, value] : metadata) {
        database.set_metadata(key, value);
    }
    if (!compressor_->dictionary().empty()) {
        database.set_metadata(schema::kDictionaryKey, compressor_->dictionary());
    }
    database.commit();
    std::error_code ignored;
    fs::remove_all(parts_dir_, ignored);  // the generation is published without them
}

}  // namespace mss
