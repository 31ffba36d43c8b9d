#include "index_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <mss/error.h>

namespace mss {

IndexLock::IndexLock(const std::filesystem::path& index_dir, bool wait,
                     const std::function<void(const std::string&)>& on_wait,
                     const std::atomic<bool>* stop) {
    const std::filesystem::path& path = index_dir;
    fd_ = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) {
        throw IoError(path.string() + ": cannot open index folder: " + std::strerror(errno));
    }
    if (::access(path.c_str(), W_OK) != 0) {
        const int saved = errno;
        ::close(fd_);
        throw IoError(path.string() +
                      ": cannot write to the index folder: " + std::strerror(saved));
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) {
        return;
    }
    if (errno != EWOULDBLOCK || !wait) {
        const int saved = errno;
        ::close(fd_);
        if (saved == EWOULDBLOCK) {
            throw IndexBusyError(index_dir.string() + ": another writer is updating this index");
        }
        throw IoError(path.string() + ": cannot lock: " + std::strerror(saved));
    }
    if (on_wait) {
        on_wait("another mss-index is writing " + index_dir.string() + "; waiting for it");
    }
    // Polling rather than a blocking flock(), so a stop request is noticed while waiting.
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const int saved = errno;
            ::close(fd_);
            throw IoError(path.string() + ": cannot lock: " + std::strerror(saved));
        }
        if (stop != nullptr && stop->load()) {
            ::close(fd_);
            throw InterruptedError("stopped while waiting for the writer lock");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
}

IndexLock::~IndexLock() {
    ::close(fd_);  // releases the lock
}

}  // namespace mss
