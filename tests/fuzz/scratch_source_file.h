// The article readers take paths, not buffers: the file-reading fuzz targets write each input to
// a file with the right extension in a private temporary folder, so the input goes through the
// real reader (size checks, binary sniffing, UTF-8 repair, line splitting) as mss-index reads it.
#pragma once

#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include <mss/index.h>

namespace mss::fuzz {

class ScratchSourceFile {
  public:
    explicit ScratchSourceFile(const std::string& file_name)
        : folder_(std::filesystem::temp_directory_path() /
                  ("mss-fuzz-" + std::to_string(::getpid()))),
          path_(folder_ / file_name) {
        std::filesystem::create_directories(folder_);
    }
    ScratchSourceFile(const ScratchSourceFile&) = delete;
    ScratchSourceFile& operator=(const ScratchSourceFile&) = delete;
    ~ScratchSourceFile() {
        std::error_code ignored;
        std::filesystem::remove_all(folder_, ignored);
    }

    // Replaces the file's content with `data`; returns its path.
    std::string write(const std::uint8_t* data, std::size_t size) const {
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        if (!out.flush()) {
            std::abort();  // the fuzzer's own scratch space is broken, not the reader
        }
        return path_.string();
    }

    // Reads `data` through read_articles() as this file, handing each article to `check`, and
    // aborts on a warning that names no place in the file or says nothing. Returns how many
    // articles and warnings there were.
    template <typename Check>
    std::pair<std::size_t, std::size_t> read(const std::uint8_t* data, std::size_t size,
                                             Check check) const {
        std::size_t articles = 0;
        std::size_t warnings = 0;
        const std::string name = path_.filename().string();
        mss::read_articles(
            write(data, size),
            [&](mss::Article&& article) {
                ++articles;
                check(article);
            },
            [&](const mss::SourceWarning& warning) {
                ++warnings;
                if (warning.message.empty() || warning.where.find(name) == std::string::npos) {
                    std::abort();  // every warning names the file and says what was wrong
                }
            });
        return {articles, warnings};
    }

  private:
    const std::filesystem::path folder_;
    const std::filesystem::path path_;
};

}  // namespace mss::fuzz
