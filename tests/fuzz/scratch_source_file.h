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

  private:
    const std::filesystem::path folder_;
    const std::filesystem::path path_;
};

}  // namespace mss::fuzz
