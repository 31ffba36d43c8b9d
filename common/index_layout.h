// How an index folder is laid out on disk, so that a new generation of the index can replace the
// old one in one atomic step while searches keep running:
//
//   DIR/XAPIANDB      a Xapian stub file naming the live generation ("auto gen-000001")
//   DIR/gen-NNNNNN/   one complete Xapian database per generation
//   DIR/gen-NNNNNN/mss-building   present while a generation is written and not yet published
//   DIR/retired       the generations a publish replaced, oldest first, one name a line
//
// Only generations the index itself marked as being built or recorded as retired are ever
// removed: never on inference from a missing or unexpected stub (which a person may have moved,
// edited or pointed back at an older generation), and never a folder whose name merely starts with
// "gen-".
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

    // Creates the next generation folder, marked as being built, and returns it. Until publish()
    // clears the mark, remove_stale_generations() may remove it (what a killed run left behind).
    std::filesystem::path begin_generation() const;

    // Points the stub at `generation` atomically (write a temporary, fsync, rename, fsync dir),
    // records the generation it replaces as retired, and clears the generation's building mark.
    void publish(const std::filesystem::path& generation) const;

    // Every generation folder (named gen- and six or more digits), oldest first.
    std::vector<std::filesystem::path> generations() const;

    // Removes the generations no reader can be using: those still marked as being built, and
    // those recorded as retired except the one retired last (it outlives a swap by one run, so a
    // search that opened it before the swap finishes on it). The live generation is never removed.
    // Throws IndexMissingError, removing nothing, when the stub is missing while complete
    // generations exist, or names a generation that does not exist; the message names the newest
    // complete generation to point the stub at. Call only while holding the writer lock. Returns
    // the folders removed.
    std::vector<std::filesystem::path> remove_stale_generations() const;

  private:
    std::filesystem::path stub_path() const { return dir_ / "XAPIANDB"; }
    std::filesystem::path retired_path() const { return dir_ / "retired"; }
    void write_stub(const std::string& text) const;
    std::vector<std::string> retired() const;
    void write_retired(const std::vector<std::string>& names) const;

    std::filesystem::path dir_;
};

}  // namespace mss
