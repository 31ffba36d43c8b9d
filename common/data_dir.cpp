#include "data_dir.h"

#include <filesystem>
#include <vector>

#include <mss/error.h>

namespace mss {
namespace fs = std::filesystem;

std::string find_data_dir(const std::string& preferred) {
    std::vector<fs::path> candidates;
    if (!preferred.empty()) {
        candidates.emplace_back(preferred);
    } else {
        std::error_code ignored;
        const fs::path exe = fs::read_symlink("/proc/self/exe", ignored);
        if (!exe.empty()) {
            candidates.push_back(exe.parent_path().parent_path() / "share" / "mss");
        }
        candidates.emplace_back(MSS_INSTALLED_DATA_DIR);
    }
    std::string tried;
    for (const auto& dir : candidates) {
        std::error_code ignored;
        if (fs::is_directory(dir / "stopwords", ignored)) {
            return dir.string();
        }
        tried += (tried.empty() ? "" : ", ") + dir.string();
    }
    throw IoError("no data folder with stopwords/ found (tried " + tried + ")");
}

}  // namespace mss
