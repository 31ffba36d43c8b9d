// An index of the repository's seeds in a fresh temporary folder, for tests of the searcher.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include <mss/index.h>

namespace mss::testing {

// Built with the repository's stopwords; removed when the object goes.
class SeedIndex {
  public:
    explicit SeedIndex(const std::string& name)
        : dir_(std::filesystem::temp_directory_path() /
               ("mss-" + name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(dir_);
        IndexWriter writer(dir_.string(), {MSS_SOURCE_DIR, {}});
        read_articles(
            MSS_SOURCE_DIR "/seeds", [&](Article&& article) { writer.add(article); },
            [](const SourceWarning&) {});
        writer.commit();
    }
    ~SeedIndex() { std::filesystem::remove_all(dir_); }
    SeedIndex(const SeedIndex&) = delete;
    SeedIndex& operator=(const SeedIndex&) = delete;
    std::string path() const { return dir_.string(); }

  private:
    std::filesystem::path dir_;
};

}  // namespace mss::testing
