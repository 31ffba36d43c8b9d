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

  private:
    std::filesystem::path stub_path() const { return dir_ / "XAPIANDB"; }

    std::filesystem::path dir_;
};

}  // namespace mss
