// How an index folder is laid out on disk, so that a new generation of the index can replace the
// old one in one atomic step while searches keep running:
//
//   DIR/XAPIANDB      a Xapian stub file naming the live generation ("auto gen-000001")
//   DIR/gen-NNNNNN/   one complete Xapian database per generation
//
// Readers open DIR, and Xapian follows the stub. Writers resolve the stub themselves and open the
// generation folder directly. Replacing the stub with rename() switches all new readers at once.
//
// A sharded index (mss-index --shards N) is N such folders side by side, and a stub listing them:
//
//   DIR/XAPIANDB            "auto shard-1-of-N" ... "auto shard-N-of-N", one line each
//   DIR/shard-K-of-N/       an index folder as above, with its own stub and generations
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

namespace mss {

class IndexLayout {
  public:
    explicit IndexLayout(std::filesystem::path dir) : dir_(std::move(dir)) {}

    const std::filesystem::path& dir() const { return dir_; }

    // The generation the stub names, or nothing when there is no index here yet. Throws
    // IndexMissingError for a sharded index, whose stub names shards instead.
    std::optional<std::filesystem::path> live_generation() const;

    // N when the stub lists the shards of a sharded index, nothing for an unsharded or no index.
    std::optional<unsigned> shard_count() const;

    // The folder of shard `k` (1-based) of `count`: DIR/shard-K-of-N.
    std::filesystem::path shard_folder(unsigned k, unsigned count) const;

    // Points the stub at the `count` shard folders atomically, as publish() does.
    void publish_shards(unsigned count) const;

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
    void write_stub(const std::string& text) const;

    std::filesystem::path dir_;
};

}  // namespace mss
