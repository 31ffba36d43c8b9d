#include "entity_file_record.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include <mss/error.h>

#include "stable_hash.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

// The hash of the file's bytes, or nothing when it cannot be read.
std::optional<std::string> file_hash(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return hash_hex(stable_hash(text.str()));
}

}  // namespace

std::string record_entity_files(const std::vector<std::string>& files) {
    auto record = nlohmann::json::array();
    for (const auto& file : files) {
        const fs::path path = fs::absolute(file).lexically_normal();
        const auto hash = file_hash(path);
        if (!hash) {
            throw IoError(file + ": cannot read entity data");
        }
        record.push_back({{"path", path.string()}, {"hash", *hash}});
    }
    return record.dump();
}

std::vector<std::string> recorded_entity_files(const std::string& record) {
    const auto json = nlohmann::json::parse(record, nullptr, false);
    std::vector<std::string> files;
    if (!json.is_array()) {
        return files;
    }
    for (const auto& entry : json) {
        if (!entry.is_object() || !entry.value("path", nlohmann::json()).is_string() ||
            !entry.value("hash", nlohmann::json()).is_string()) {
            continue;
        }
        const std::string path = entry["path"].get<std::string>();
        const auto hash = file_hash(path);
        if (!hash) {
            throw InputError(path +
                             ": the index was built with this entity file, which cannot be read "
                             "now; name the entity files to use, or none, to change them");
        }
        if (*hash != entry["hash"].get<std::string>()) {
            throw InputError(path +
                             ": the index was built with this entity file, which has changed "
                             "since; name it again to rebuild with the new version");
        }
        files.push_back(path);
    }
    return files;
}

}  // namespace mss
