#include "shards/stub_watch.h"

#include <sys/stat.h>

#include <algorithm>

namespace mss {

void StubWatch::record(const std::string& stub) {
    if (std::find(files_.begin(), files_.end(), stub) == files_.end()) {
        files_.push_back(stub);
        recorded_.push_back(identity_of(stub));
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
