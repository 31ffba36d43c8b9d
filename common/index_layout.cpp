#include "index_layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <mss/error.h>

#include "index_stub.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

constexpr const char* kGenerationPrefix = "gen-";
constexpr const char* kShardPrefix = "shard-";
constexpr const char* kBuildingMark = "mss-building";

// fsync on a path, so a rename is durable before we rely on it.
void sync_path(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// "gen-" and six or more digits, nothing else: "gen-000001.bak" or "gen-notes" are not ours.
bool is_generation_name(const std::string& name) {
    const std::size_t prefix = std::char_traits<char>::length(kGenerationPrefix);
    return name.rfind(kGenerationPrefix, 0) == 0 && name.size() >= prefix + 6 &&
           std::all_of(name.begin() + static_cast<std::ptrdiff_t>(prefix), name.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

bool is_being_built(const fs::path& generation) {
    std::error_code error;
    return fs::exists(generation / kBuildingMark, error);
}

// Writes `text` to `path` atomically: a temporary, fsync, rename, fsync of the folder.
void write_atomically(const fs::path& path, const std::string& text, const std::string& what) {
    fs::path temporary = path;
    temporary += ".new";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            throw IoError(temporary.string() + ": cannot write " + what);
        }
    }
    sync_path(temporary);
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
        throw IoError(path.string() + ": cannot replace " + what + ": " + error.message());
    }
    sync_path(path.parent_path());
}

}  // namespace

std::optional<fs::path> IndexLayout::live_generation() const {
    const auto entries = read_index_stub(stub_path());
    if (!entries) {
        return std::nullopt;
    }
    if (entries->empty() || !is_local_backend(entries->front().backend) ||
        entries->front().name.find('/') != std::string::npos) {
        throw IndexMissingError(stub_path().string() + ": not an mss-search index stub");
    }
    const std::string& name = entries->front().name;
    if (name.rfind(kShardPrefix, 0) == 0) {
        throw IndexMissingError(dir_.string() + " is a sharded index; its shards are " +
                                (dir_ / name).string() + " and the others its stub lists");
    }
    return dir_ / name;
}

std::optional<unsigned> IndexLayout::shard_count() const {
    std::vector<std::string> names;
    for (const StubEntry& entry : read_index_stub(stub_path()).value_or(std::vector<StubEntry>{})) {
        names.push_back(entry.name);
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
        if (is_generation_name(name) && entry.is_directory(error)) {
            found.push_back(entry.path());
        }
    }
    // Fixed-width numbers: name order is age order.
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<fs::path> IndexLayout::remove_stale_generations() const {
    const auto all = generations();
    std::optional<fs::path> newest_complete;
    for (const auto& generation : all) {
        if (!is_being_built(generation)) {
            newest_complete = generation;
        }
    }
    const std::string recovery =
        newest_complete ? "; nothing was removed. The newest complete generation is " +
                              newest_complete->filename().string() + ": the line 'auto " +
                              newest_complete->filename().string() + "' in " +
                              stub_path().string() + " makes it live again"
                        : "";
    std::error_code error;
    const bool has_stub = fs::exists(stub_path(), error);
    const auto live = live_generation();
    if (!has_stub && newest_complete) {
        throw IndexMissingError(stub_path().string() + " is missing, but " + dir_.string() +
                                " holds index generations" + recovery);
    }
    if (live && !fs::is_directory(*live, error)) {
        throw IndexMissingError(stub_path().string() + " names " + live->filename().string() +
                                ", which does not exist" + recovery);
    }
    if (live && is_being_built(*live)) {
        fs::remove(*live / kBuildingMark, error);  // a run killed just after publishing it
    }
    std::vector<std::string> retired_names = retired();
    const std::string keep = retired_names.empty() ? std::string() : retired_names.back();
    std::vector<fs::path> removed;
    for (const auto& generation : all) {
        const std::string name = generation.filename().string();
        const bool retired_earlier =
            name != keep &&
            std::find(retired_names.begin(), retired_names.end(), name) != retired_names.end();
        if (generation == live || !(is_being_built(generation) || retired_earlier)) {
            continue;
        }
        fs::remove_all(generation, error);
        if (error) {
            throw IoError(generation.string() +
                          ": cannot remove old index generation: " + error.message());
        }
        removed.push_back(generation);
    }
    // Forget what is gone, so the record stays as short as the folder list.
    const auto still_there = [&](const std::string& name) {
        std::error_code ignored;
        return fs::is_directory(dir_ / name, ignored);
    };
    const auto kept_end =
        std::stable_partition(retired_names.begin(), retired_names.end(), still_there);
    if (kept_end != retired_names.end()) {
        retired_names.erase(kept_end, retired_names.end());
        write_retired(retired_names);
    }
    return removed;
}

std::vector<std::string> IndexLayout::retired() const {
    std::ifstream in(retired_path());
    std::vector<std::string> names;
    for (std::string name; std::getline(in, name);) {
        if (is_generation_name(name)) {
            names.push_back(name);
        }
    }
    return names;
}

void IndexLayout::write_retired(const std::vector<std::string>& names) const {
    std::string text;
    for (const auto& name : names) {
        text += name + "\n";
    }
    write_atomically(retired_path(), text, "record of retired generations");
}

fs::path IndexLayout::begin_generation() const {
    const fs::path generation = next_generation();
    std::error_code error;
    fs::create_directories(generation, error);
    if (!error) {
        std::ofstream mark(generation / kBuildingMark, std::ios::trunc);
        if (!mark) {
            error = std::make_error_code(std::errc::io_error);
        }
    }
    if (error) {
        throw IoError(generation.string() + ": cannot create index generation: " + error.message());
    }
    return generation;
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
    // Recorded as retired before the stub moves: a run killed in between leaves a retired record
    // naming the live generation, which is never removed, rather than a generation never removed.
    std::optional<fs::path> replaced;
    try {
        replaced = live_generation();
    } catch (const IndexMissingError&) {
        // A sharded stub: the folders of that layout are not generations of this one.
    }
    if (replaced && *replaced != generation) {
        auto names = retired();
        const std::string name = replaced->filename().string();
        names.erase(std::remove(names.begin(), names.end(), name), names.end());
        names.push_back(name);
        write_retired(names);
    }
    write_stub("auto " + generation.filename().string() + "\n");
    std::error_code ignored;
    fs::remove(generation / kBuildingMark, ignored);
}

void IndexLayout::write_stub(const std::string& text) const {
    write_atomically(stub_path(), text, "index stub");
}

}  // namespace mss
