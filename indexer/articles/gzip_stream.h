// A std::istream over a gzip-compressed file (zlib), so compressed sources are read as they are
// decompressed, line by line, and a huge .jsonl.gz never has to fit in memory.
#pragma once

#include <istream>
#include <memory>
#include <streambuf>
#include <string>

namespace mss {

// Reads `path` through zlib's gzread. A file that is not gzip at all reads as it is (zlib's
// transparent mode); corrupt or truncated compressed data ends the stream early and sets
// error(). Not thread-safe: one reader at a time.
class GzipInputStream : public std::istream {
  public:
    explicit GzipInputStream(const std::string& path);
    ~GzipInputStream() override;

    bool is_open() const;
    // zlib's message when decompression failed ("invalid stored block lengths",
    // "unexpected end of file"); empty when the data was whole.
    std::string error() const;

  private:
    class Buffer;
    std::unique_ptr<Buffer> buffer_;
};

}  // namespace mss
