#include "source_root.h"

#include <filesystem>

#include "folder_bytes.h"
#include "schema.h"
#include "stable_hash.h"

namespace mss {
namespace fs = std::filesystem;

SourceRoot make_root(const std::string& given) {
    fs::path path = fs::absolute(given).lexically_normal();
    if (path.filename().empty()) {
        path = path.parent_path();  // "seeds/" and "seeds" are one root
    }
    return {given,
            path.string(),
            schema::kSourceRootPrefix + hash_hex(stable_hash(path.string())),
            {},
            false};
}

std::string content_hash(const Article& article, const SourceRoot& root) {
    if (article.from_feed) {
        Article placeless = article;
        placeless.path.clear();
        return hash_hex(stable_hash(schema::serialise_article(placeless), stable_hash(root.term)));
    }
    return hash_hex(stable_hash(schema::serialise_article(article), stable_hash(root.term)));
}

std::uintmax_t source_bytes(const std::vector<SourceRoot>& roots) {
    std::uintmax_t total = 0;
    for (const auto& root : roots) {
        std::error_code error;
        if (fs::is_directory(root.path, error)) {
            total += folder_bytes(root.path);
        } else if (const std::uintmax_t bytes = fs::file_size(root.path, error); !error) {
            total += bytes;  // a gone root has none (file_size() gives -1 then)
        }
    }
    return total;
}

}  // namespace mss
