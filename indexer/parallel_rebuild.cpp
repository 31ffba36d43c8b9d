#include "parallel_rebuild.h"

#include <algorithm>
#include <system_error>

#include <xapian.h>

#include <mss/error.h>

namespace mss {
namespace fs = std::filesystem;

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

fs::path ParallelRebuild::part_path(std::size_t part) const {
    return parts_dir_ / ("part-" + std::to_string(part));
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
    std::unique_ptr<Xapian::WritableDatabase> part;
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
                if (!part || number != part_number) {
                    // One commit per part: the parts are small enough for Xapian's buffers.
                    if (part) {
                        part->commit();
                    }
                    part = std::make_unique<Xapian::WritableDatabase>(
                        part_path(number).string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
                    part_number = number;
                }
                part->add_document(build_job_document(job, *analyser));
            } catch (...) {
                fail(std::current_exception());
                failed = true;
            }
        }
        lock.lock();
    }
    lock.unlock();
    if (part && !failed) {
        try {
            part->commit();
        } catch (...) {
            fail(std::current_exception());
        }
    }
}

void ParallelRebuild::submit(DocumentJob job) {
    rethrow_failure();
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
    close_workers();
    rethrow_failure();
    if (submitted_ > 0) {
        Xapian::Database parts;
        const std::size_t count = (submitted_ + articles_per_part_ - 1) / articles_per_part_;
        for (std::size_t number = 0; number < count; ++number) {
            parts.add_database(Xapian::Database(part_path(number).string()));
        }
        // Sources are renumbered in the order added, so document ids keep the submission order.
        // Multipass merges many parts pairwise, which is faster than one wide merge.
        const unsigned multipass = count > 3 ? Xapian::DBCOMPACT_MULTIPASS : 0;
        parts.compact(target.string(), Xapian::Compactor::FULL | multipass);
    }
    // The metadata goes on last, in one small commit (the parts carry none).
    Xapian::WritableDatabase database(target.string(),
                                      Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    for (const auto& [key, value] : metadata) {
        database.set_metadata(key, value);
    }
    database.commit();
    std::error_code ignored;
    fs::remove_all(parts_dir_, ignored);  // the generation is published without them
}

}  // namespace mss
