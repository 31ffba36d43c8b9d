#include "shards/stub_watch.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include <xapian.h>

#include "shards/shard_list.h"

namespace mss {
namespace {

namespace fs = std::filesystem;

// The stub of an index folder, or the stub file itself.
std::string stub_file_of(const std::string& index) {
    std::error_code error;
    return fs::is_directory(index, error) ? (fs::path(index) / "XAPIANDB").string() : index;
}

}  // namespace

StubWatch::StubWatch(const std::string& index) {
    files_.push_back(stub_file_of(index));
    try {
        for (const ShardAddress& shard : read_shard_list(index)) {
            const std::string file = stub_file_of(shard.path);
            if (shard.kind == ShardAddress::Kind::kLocal &&
                std::find(files_.begin(), files_.end(), file) == files_.end()) {
                files_.push_back(file);
            }
        }
    } catch (const std::exception&) {
        // Opening the index reports what is wrong with it; the top stub is still watched.
    }
    for (const std::string& file : files_) {
        recorded_.push_back(identity_of(file));
    }
}

bool StubWatch::changed() const {
    for (std::size_t i = 0; i < files_.size(); ++i) {
        if (!(identity_of(files_[i]) == recorded_[i])) {
            return true;
        }
    }
    return false;
}

StubWatch::Identity StubWatch::identity_of(const std::string& file) {
    struct stat status {};
    if (::stat(file.c_str(), &status) != 0) {
        return {};
    }
    return {true, static_cast<unsigned long long>(status.st_dev),
            static_cast<unsigned long long>(status.st_ino),
            static_cast<long long>(status.st_mtim.tv_sec) * 1000000000LL + status.st_mtim.tv_nsec};
}

bool StubWatch::Identity::operator==(const Identity& other) const {
    return exists == other.exists && device == other.device && inode == other.inode &&
           modified_ns == other.modified_ns;
}

}  // namespace mss
