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
    return dir_ / name;
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
    const fs::path temporary = dir_ / "XAPIANDB.new";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << "auto " << generation.filename().string() << '\n';
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
