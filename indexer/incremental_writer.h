// The writer of an incremental run (article_writer.h): the live generation opened for writing,
// documents analysed on a pool of threads (parallel_document_builder.h) and written in the order
// they were given, a commit after every `batch_size` changes but never two within a quarter of a
// second (incremental_writer.cpp says why).
//
// Thread-safety: one thread; the analysis threads are internal.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>

#include <xapian.h>

#include <mss/index.h>

#include "analysis_data.h"
#include "article_writer.h"
#include "parallel_document_builder.h"

namespace mss {

class IncrementalWriter final : public ArticleWriter {
  public:
    // Called for each document once written, with its document id.
    using OnWritten = std::function<void(const BuiltDocument&, Xapian::docid)>;

    // Opens `generation` for writing, waiting for Xapian's lock when `options.wait` (until
    // `options.stop`). Throws mss::IndexBusyError, mss::InterruptedError or mss::IoError.
    // `analysis` must outlive the writer.
    IncrementalWriter(const std::filesystem::path& generation, const IndexRunOptions& options,
                      unsigned threads, const AnalysisData& analysis, OnWritten on_written);

    // The database as this writer sees it, uncommitted changes included.
    const Xapian::WritableDatabase& database() const { return database_; }

    void set_metadata(const std::string& key, const std::string& value);

    void write(DocumentJob job) override;
    void remove(Xapian::docid id) override;
    void flush() override;
    void commit() override;

  private:
    void write_ready(bool all);
    void commit_if_due();

    const std::filesystem::path generation_;
    const std::size_t batch_size_;
    Xapian::WritableDatabase database_;
    ParallelDocumentBuilder builder_;
    OnWritten on_written_;
    std::size_t uncommitted_ = 0;
    std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();
};

}  // namespace mss
