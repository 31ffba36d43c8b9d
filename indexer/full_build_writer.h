// The writer of a full build (article_writer.h): a new generation, which nothing reads before it
// is published, written in parallel parts (parallel_rebuild.h) under its own folder, so a killed
// run's leftovers go with the generation; commit() merges them into the generation with
// `metadata` set, once.
//
// Thread-safety: one thread; the part writers are internal.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "analysis_data.h"
#include "article_writer.h"
#include "parallel_rebuild.h"

namespace mss {

class FullBuildWriter final : public ArticleWriter {
  public:
    // Builds into `generation` (created empty by the caller) with `threads` part writers.
    // `analysis` must outlive the writer. Throws mss::IoError when the parts folder cannot be
    // created.
    FullBuildWriter(const std::filesystem::path& generation, unsigned threads,
                    const AnalysisData& analysis, std::map<std::string, std::string> metadata);

    void write(DocumentJob job) override;
    void remove(Xapian::docid id) override;
    void flush() override {}  // the parts are written as they fill; commit() waits for them
    void commit() override;

  private:
    const std::filesystem::path generation_;
    const std::map<std::string, std::string> metadata_;
    ParallelRebuild rebuild_;
};

}  // namespace mss
