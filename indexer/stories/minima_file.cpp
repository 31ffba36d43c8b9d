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

// Calls transfer (pread or pwrite) until all `size` bytes at `offset` are done.
template <typename Transfer, typename Byte>
void transfer_all(Transfer transfer, int fd, Byte* bytes, std::size_t size, std::uint64_t offset,
                  const char* what) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n =
            transfer(fd, bytes + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            throw IoError(failure(what));
        }
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace

MinimaFile::MinimaFile() {
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
    if (!file_) {
        file_.reset(std::tmpfile());
        if (!file_) {
            throw IoError(failure("create"));
        }
    }
    transfer_all(::pwrite, fileno(file_.get()), buffer_.data(), buffer_.size(),
                 std::uint64_t{flushed_} * kRecordBytes, "write");
    flushed_ += buffered();
    buffer_.clear();
}

MinimaFile::Minima MinimaFile::read(std::uint32_t record) const {
    std::array<std::uint8_t, kRecordBytes> bytes;
    if (record >= flushed_) {
        std::memcpy(bytes.data(), &buffer_[std::size_t{record - flushed_} * kRecordBytes],
                    kRecordBytes);
    } else {
        transfer_all(::pread, fileno(file_.get()), bytes.data(), kRecordBytes,
                     std::uint64_t{record} * kRecordBytes, "read");
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
