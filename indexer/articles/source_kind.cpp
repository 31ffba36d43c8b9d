#include "articles/source_kind.h"

#include "articles/ascii_text.h"

namespace mss {
namespace {

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           ascii_lower(std::string(text.substr(0, prefix.size()))) == prefix;
}

// The name of the first element of `head`, lower-cased ("rss", "feed", "html"), or "!doctype
// html" for an HTML doctype; "" when none is found.
std::string root_element(std::string_view head) {
    std::size_t i = 0;
    if (head.substr(0, 3) == "\xEF\xBB\xBF") {
        i = 3;
    }
    while (i < head.size()) {
        i = head.find_first_not_of(" \t\r\n", i);
        if (i == std::string_view::npos || head[i] != '<') {
            return {};
        }
        const std::string_view rest = head.substr(i);
        if (rest.substr(0, 4) == "<!--") {
            const std::size_t end = head.find("-->", i + 4);
            i = end == std::string_view::npos ? head.size() : end + 3;
        } else if (rest.substr(0, 2) == "<?") {
            const std::size_t end = head.find("?>", i + 2);
            i = end == std::string_view::npos ? head.size() : end + 2;
        } else if (starts_with_ci(rest, "<!doctype")) {
            const std::string_view name = rest.substr(9);
            const std::size_t word = name.find_first_not_of(" \t\r\n");
            if (word != std::string_view::npos && starts_with_ci(name.substr(word), "html")) {
                return "!doctype html";
            }
            const std::size_t end = head.find('>', i);
            i = end == std::string_view::npos ? head.size() : end + 1;
        } else {
            const std::size_t end = rest.find_first_of(" \t\r\n/>", 1);
            return ascii_lower(std::string(
                rest.substr(1, end == std::string_view::npos ? rest.size() - 1 : end - 1)));
        }
    }
    return {};
}

}  // namespace

SourceName source_name_kind(const std::filesystem::path& file) {
    SourceName name;
    std::filesystem::path stem = file;
    std::string extension = ascii_lower(stem.extension().string());
    if (extension == ".gz") {
        name.compressed = true;
        stem = stem.stem();
        extension = ascii_lower(stem.extension().string());
    }
    if (extension == ".txt") {
        name.kind = SourceKind::kSeedText;
    } else if (extension == ".jsonl" || extension == ".ndjson") {
        name.kind = SourceKind::kJsonLines;
    } else if (extension == ".html" || extension == ".htm") {
        name.kind = SourceKind::kHtml;
    } else if (extension == ".rss" || extension == ".atom") {
        name.kind = SourceKind::kFeed;
    } else if (extension == ".xml") {
        name.kind = SourceKind::kXml;
    }
    return name;
}

SourceKind source_content_kind(std::string_view head, SourceKind by_name) {
    if (by_name != SourceKind::kHtml && by_name != SourceKind::kFeed &&
        by_name != SourceKind::kXml) {
        return by_name;
    }
    const std::string root = root_element(head);
    if (root == "rss" || root == "feed" ||
        (root.size() > 5 && root.compare(root.size() - 5, 5, ":feed") == 0)) {
        return SourceKind::kFeed;
    }
    if (root == "html" || root == "!doctype html") {
        return SourceKind::kHtml;
    }
    return by_name == SourceKind::kXml ? SourceKind::kUnknown : by_name;
}

}  // namespace mss
