#include "stories/minima_file.h"

#include <cerrno>
#include <cstring>
#include <string>

#include <unistd.h>

#include <mss/error.h>

namespace mss {
namespace {

// Records kept in memory before they are written out: 1 MiB of them.
constexpr std::size_t kBufferRecords = (1 << 20) / (kFingerprintHashes * 3);

std::string failure(const char* what) {
    return std::string("story plan scratch file: cannot ") + what + ": " + std::strerror(errno);
}

}  // namespace

MinimaFile::MinimaFile() : file_(std::tmpfile()) {
    if (!file_) {
        throw IoError(failure("create"));
    }
    buffer_.reserve(kBufferRecords * kRecordBytes);
}

void MinimaFile::append(const Minima& minima) {
    if (buffered() == kBufferRecords) {
        flush();
    }
    for (const std::uint32_t minimum : minima) {
        buffer_.insert(buffer_.end(),
                       {static_cast<std::uint8_t>(minimum), static_cast<std::uint8_t>(minimum >> 8),
                        static_cast<std::uint8_t>(minimum >> 16)});
    }
}

void MinimaFile::flush() {
    const int fd = fileno(file_.get());
    std::size_t written = 0;
    while (written < buffer_.size()) {
        const ssize_t n =
            ::pwrite(fd, buffer_.data() + written, buffer_.size() - written,
                     static_cast<off_t>(std::uint64_t{flushed_} * kRecordBytes + written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            throw IoError(failure("write"));
        }
        written += static_cast<std::size_t>(n);
    }
    flushed_ += buffered();
    buffer_.clear();
}

MinimaFile::Minima MinimaFile::read(std::uint32_t record) const {
    std::array<std::uint8_t, kRecordBytes> bytes;
    if (record >= flushed_) {
        std::memcpy(bytes.data(), &buffer_[std::size_t{record - flushed_} * kRecordBytes],
                    kRecordBytes);
    } else {
        const int fd = fileno(file_.get());
        std::size_t done = 0;
        while (done < kRecordBytes) {
            const ssize_t n =
                ::pread(fd, bytes.data() + done, kRecordBytes - done,
                        static_cast<off_t>(std::uint64_t{record} * kRecordBytes + done));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                throw IoError(failure("read"));
            }
            done += static_cast<std::size_t>(n);
        }
    }
    Minima minima;
    const std::uint8_t* byte = bytes.data();
    for (std::uint32_t& minimum : minima) {
        minimum =
            std::uint32_t{byte[0]} | std::uint32_t{byte[1]} << 8 | std::uint32_t{byte[2]} << 16;
        byte += 3;
    }
    return minima;
}

}  // namespace mss
