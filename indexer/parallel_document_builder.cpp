#include "parallel_document_builder.h"

#include "document_builder.h"
#include "schema.h"

namespace mss {

Xapian::Document build_job_document(const DocumentJob& job, ArticleAnalyser& analyser,
                                    const TextCompressor& compressor) {
    Xapian::Document document =
        build_document(job.article, analyser.analyse(job.article), job.story);
    document.set_data(compressor.compress(document.get_data()));
    document.add_value(schema::kContentHashSlot, job.content_hash);
    if (!job.source_term.empty()) {  // feed items have none: they are never deleted by absence
        document.add_boolean_term(job.source_term);
    }
    return document;
}

ParallelDocumentBuilder::ParallelDocumentBuilder(unsigned threads, const AnalysisData& analysis,
                                                 TextCompressor compressor, std::size_t capacity)
    : capacity_(std::max<std::size_t>(capacity, 1)), compressor_(std::move(compressor)) {
    for (unsigned i = 0; i < std::max(threads, 1u); ++i) {
        workers_.emplace_back([this, &analysis] { work(analysis); });
    }
}

ParallelDocumentBuilder::~ParallelDocumentBuilder() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        queue_.clear();  // unfinished work is abandoned: the caller is unwinding or done
    }
    job_ready_.notify_all();
    for (auto& worker : workers_) {
        worker.join();
    }
}

void ParallelDocumentBuilder::work(const AnalysisData& analysis) {
    // Each worker loads its own analyser: nothing analysis touches is shared between threads.
    std::unique_ptr<ArticleAnalyser> analyser;
    std::exception_ptr load_failure;
    try {
        analyser = analysis.new_analyser();
    } catch (...) {
        load_failure = std::current_exception();
    }
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        job_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) {
            return;
        }
        auto [sequence, job] = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        BuiltDocument built;
        std::exception_ptr failure;
        try {
            if (load_failure) {
                std::rethrow_exception(load_failure);
            }
            built.id_term = schema::id_term(job.article.id);
            built.path = job.article.path;
            built.replaces = job.replaces;
            built.document = build_job_document(job, *analyser, compressor_);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        if (failure && !failure_) {
            failure_ = failure;
        }
        done_.emplace(sequence, std::move(built));
        job_done_.notify_all();
    }
}

void ParallelDocumentBuilder::submit(DocumentJob job) {
    std::unique_lock<std::mutex> lock(mutex_);
    job_done_.wait(lock, [this] { return queue_.size() < capacity_; });
    queue_.emplace_back(next_submit_++, std::move(job));
    job_ready_.notify_one();
}

std::vector<BuiltDocument> ParallelDocumentBuilder::take(bool all) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (all) {
        job_done_.wait(lock, [this] { return done_.size() == next_submit_ - next_take_; });
    }
    if (failure_) {
        std::rethrow_exception(failure_);
    }
    std::vector<BuiltDocument> ready;
    for (auto it = done_.begin(); it != done_.end() && it->first == next_take_;
         it = done_.erase(it)) {
        ready.push_back(std::move(it->second));
        ++next_take_;
    }
    job_done_.notify_all();  // room for submit()
    return ready;
}

std::size_t ParallelDocumentBuilder::outstanding() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return next_submit_ - next_take_;
}

}  // namespace mss
