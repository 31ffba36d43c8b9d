// The index's writer lock: one writer per index folder, across processes. Xapian's own lock
// covers one generation folder only, and a rebuild writes a new generation while an incremental
// run could write the live one, so the lock is taken on the index folder itself.
//
// flock() on the folder DIR itself: the kernel drops it when the holder exits, SIGKILL included,
// so a killed indexer never leaves a stale lock behind; and unlike a lock file, nothing inside the
// folder can be deleted by hand to let a second writer in while the first one runs.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

namespace mss {

class IndexLock {
  public:
    // Takes the lock. When another process holds it: with `wait`, calls `on_wait` once and blocks
    // until it is free or `stop` becomes true (then throws mss::InterruptedError); without,
    // throws mss::IndexBusyError. Throws mss::IoError when the folder cannot be opened or is not
    // writable (a read-only mount), since a writer could do nothing there.
    IndexLock(const std::filesystem::path& index_dir, bool wait,
              const std::function<void(const std::string&)>& on_wait,
              const std::atomic<bool>* stop = nullptr);
    ~IndexLock();
    IndexLock(const IndexLock&) = delete;
    IndexLock& operator=(const IndexLock&) = delete;

  private:
    int fd_ = -1;
};

}  // namespace mss
