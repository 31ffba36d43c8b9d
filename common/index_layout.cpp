#include "index_layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <mss/error.h>

namespace mss {
namespace fs = std::filesystem;
namespace {

constexpr const char* kGenerationPrefix = "gen-";
constexpr const char* kShardPrefix = "shard-";

// fsync on a path, so a rename is durable before we rely on it.
void sync_path(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

std::optional<fs::path> IndexLayout::live_generation() const {
    std::ifstream stub(stub_path());
    if (!stub) {
        return std::nullopt;
    }
    std::string backend, name;
    if (!(stub >> backend >> name) || name.find('/') != std::string::npos) {
        throw IndexMissingError(stub_path().string() + ": not an mss-search index stub");
    }
    if (name.rfind(kShardPrefix, 0) == 0) {
        throw IndexMissingError(dir_.string() + " is a sharded index; its shards are " +
                                (dir_ / name).string() + " and the others its stub lists");
    }
    return dir_ / name;
}

std::optional<unsigned> IndexLayout::shard_count() const {
    std::ifstream stub(stub_path());
    std::vector<std::string> names;
    for (std::string backend, name; stub >> backend >> name;) {
        names.push_back(name);
    }
    if (names.empty() || names.front().rfind(kShardPrefix, 0) != 0) {
        return std::nullopt;
    }
    const auto count = static_cast<unsigned>(names.size());
    for (unsigned k = 1; k <= count; ++k) {
        if (names[k - 1] != shard_folder(k, count).filename().string()) {
            throw IndexMissingError(stub_path().string() + ": line " + std::to_string(k) +
                                    " should name " + shard_folder(k, count).filename().string());
        }
    }
    return count;
}

fs::path IndexLayout::shard_folder(unsigned k, unsigned count) const {
    return dir_ / (kShardPrefix + std::to_string(k) + "-of-" + std::to_string(count));
}

void IndexLayout::publish_shards(unsigned count) const {
    std::string text;
    for (unsigned k = 1; k <= count; ++k) {
        text += "auto " + shard_folder(k, count).filename().string() + "\n";
    }
    write_stub(text);
}

std::vector<fs::path> IndexLayout::generations() const {
    std::vector<fs::path> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir_, error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(kGenerationPrefix, 0) == 0 && entry.is_directory(error)) {
            found.push_back(entry.path());
        }
    }
    // Fixed-width numbers: name order is age order.
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<fs::path> IndexLayout::remove_stale_generations() const {
    const auto live = live_generation();
    const auto all = generations();
    std::optional<fs::path> previous;
    for (const auto& generation : all) {
        if (live && generation < *live) {
            previous = generation;
        }
    }
    std::vector<fs::path> removed;
    for (const auto& generation : all) {
        if (generation == live || generation == previous) {
            continue;
        }
        std::error_code error;
        fs::remove_all(generation, error);
        if (error) {
            throw IoError(generation.string() +
                          ": cannot remove old index generation: " + error.message());
        }
        removed.push_back(generation);
    }
    return removed;
}

fs::path IndexLayout::next_generation() const {
    unsigned long highest = 0;
    for (const auto& generation : generations()) {
        const std::string name = generation.filename().string();
        highest = std::max(highest, std::strtoul(name.c_str() + 4, nullptr, 10));
    }
    char name[32];
    std::snprintf(name, sizeof name, "%s%06lu", kGenerationPrefix, highest + 1);
    return dir_ / name;
}

void IndexLayout::publish(const fs::path& generation) const {
    write_stub("auto " + generation.filename().string() + "\n");
}

void IndexLayout::write_stub(const std::string& text) const {
    const fs::path temporary = dir_ / "XAPIANDB.new";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            throw IoError(temporary.string() + ": cannot write index stub");
        }
    }
    sync_path(temporary);
    std::error_code error;
    fs::rename(temporary, stub_path(), error);
    if (error) {
        throw IoError(stub_path().string() + ": cannot replace index stub: " + error.message());
    }
    sync_path(dir_);
}

}  // namespace mss
