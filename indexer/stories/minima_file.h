// The MinHash minima of the articles a story plan holds (shingle_fingerprint.h), kept in an
// unnamed scratch file rather than in memory. At 432 bytes an article (each 24-bit minimum in 3
// bytes) they were half of a 1,000,000-article plan's memory, and they are read back only when
// two articles are candidates for comparison. The records written last stay in a buffer; the
// others are read with pread, from the page cache while the machine has memory to spare: memory
// the kernel may reclaim, not the process's own. The file comes from tmpfile(), so it has no
// name and goes when it is closed or the process ends, even by a kill; it is made when the buffer
// first fills, so a plan of fewer articles needs no scratch file at all.
//
// Thread-safety: one thread at a time.
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

#include "stories/shingle_fingerprint.h"

namespace mss {

class MinimaFile {
  public:
    using Minima = std::array<std::uint32_t, kFingerprintHashes>;

    MinimaFile();

    // Appends the record of the next article (number size()). Throws mss::IoError when the
    // scratch file cannot be created or written.
    void append(const Minima& minima);

    // The minima of record `record` (< size()). Throws mss::IoError when they cannot be read.
    Minima read(std::uint32_t record) const;

    std::uint32_t size() const { return flushed_ + buffered(); }

  private:
    struct Closer {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };
    static constexpr std::size_t kRecordBytes = kFingerprintHashes * 3;

    std::uint32_t buffered() const {
        return static_cast<std::uint32_t>(buffer_.size() / kRecordBytes);
    }
    void flush();

    std::unique_ptr<std::FILE, Closer> file_;  // none until the first flush()
    std::vector<std::uint8_t> buffer_;         // the records from number flushed_ on
    std::uint32_t flushed_ = 0;                // records in the file
};

}  // namespace mss
