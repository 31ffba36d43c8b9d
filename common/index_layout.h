// How an index folder is laid out on disk, so that a new generation of the index can replace the
// old one in one atomic step while searches keep running:
//
//   DIR/XAPIANDB      a Xapian stub file naming the live generation ("auto gen-000001")
//   DIR/gen-NNNNNN/   one complete Xapian database per generation
//
// Readers open DIR, and Xapian follows the stub. Writers resolve the stub themselves and open the
// generation folder directly. Replacing the stub with rename() switches all new readers at once.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

namespace mss {

class IndexLayout {
  public:
    explicit IndexLayout(std::filesystem::path dir) : dir_(std::move(dir)) {}

    const std::filesystem::path& dir() const { return dir_; }

    // The generation the stub names, or nothing when there is no index here yet.
    std::optional<std::filesystem::path> live_generation() const;

    // A fresh, unused generation folder path (not created).
    std::filesystem::path next_generation() const;

    // Points the stub at `generation` atomically (write a temporary, fsync, rename, fsync dir).
    void publish(const std::filesystem::path& generation) const;

    // Every generation folder, oldest first.
    std::vector<std::filesystem::path> generations() const;

    // Removes the generations a reader can no longer be using: all but the live one and the one
    // just before it. The previous generation outlives a swap by one run, so a search that opened
    // it before the swap finishes on it. Folders newer than the live one are what a killed rebuild
    // left behind. Call only while holding the writer lock. Returns the folders removed.
    std::vector<std::filesystem::path> remove_stale_generations() const;

  private:
    std::filesystem::path stub_path() const { return dir_ / "XAPIANDB"; }

    std::filesystem::path dir_;
};

}  // namespace mss
