// Analysis is a large part of the cost of indexing and each article is analysed independently, so
// it runs on a pool of threads, each with its own ArticleAnalyser (one is not thread-safe). The
// finished documents come back in submission order, so the single writer adds them in a fixed order
// and document ids do not depend on thread timing.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include <mss/article.h>

#include "analysis_data.h"
#include "stored_text.h"

namespace mss {

struct DocumentJob {
    Article article;
    std::string content_hash;  // stored in schema::kContentHashSlot
    std::string source_term;  // boolean term naming the source root it came from; "" for feed items
    bool replaces = false;    // an article with this id is in the index already
    std::string story = {};   // the story id (indexer/stories/story_plan.h)
};

struct BuiltDocument {
    std::string id_term;
    std::string path;
    Xapian::Document document;
    bool replaces = false;
};

// The document for one job: the analysed article plus its content hash and source root term, its
// data compressed with `compressor` (the index's text dictionary).
Xapian::Document build_job_document(const DocumentJob& job, ArticleAnalyser& analyser,
                                    const TextCompressor& compressor);

class ParallelDocumentBuilder {
  public:
    // `threads` workers (at least one); at most `capacity` jobs wait to be started, which bounds
    // memory as long as the caller takes finished documents as it goes.
    // `analysis` must outlive the builder; documents are compressed with `compressor`.
    ParallelDocumentBuilder(unsigned threads, const AnalysisData& analysis,
                            TextCompressor compressor, std::size_t capacity);
    ~ParallelDocumentBuilder();
    ParallelDocumentBuilder(const ParallelDocumentBuilder&) = delete;
    ParallelDocumentBuilder& operator=(const ParallelDocumentBuilder&) = delete;

    // Queues a job; blocks while `capacity` jobs wait to be started.
    void submit(DocumentJob job);

    // The documents finished so far in submission order (stopping at the first unfinished one),
    // or, with `all`, every outstanding one. Rethrows an exception a worker hit.
    std::vector<BuiltDocument> take(bool all);

    // Jobs submitted and not yet taken.
    std::size_t outstanding() const;

  private:
    void work(const AnalysisData& analysis);

    const std::size_t capacity_;
    const TextCompressor compressor_;
    mutable std::mutex mutex_;
    std::condition_variable job_ready_;  // workers wait for jobs
    std::condition_variable job_done_;   // take() and submit() wait for results or room
    std::deque<std::pair<std::size_t, DocumentJob>> queue_;
    std::map<std::size_t, BuiltDocument> done_;
    std::exception_ptr failure_;
    std::size_t next_submit_ = 0;
    std::size_t next_take_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace mss
