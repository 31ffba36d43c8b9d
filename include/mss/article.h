// An article as read from a source file, before analysis.
#pragma once

#include <optional>
#include <string>

namespace mss {

struct Article {
    std::string id;     // stable identity: path relative to the source root, or the JSON "id"
    std::string path;   // where it was read from (file path, or "file:line" for JSON Lines)
    std::string title;  // the headline
    std::string body;   // the text after the headline, as written
    std::optional<std::string> date;  // YYYY-MM-DD when the source states one
    std::string url;                  // where the article can be read, for citing; "" when unknown
    std::string source;  // the outlet that published it ("Caribbean Wire"); "" when unknown
    std::string author;  // the byline, as written; "" when unknown
};

}  // namespace mss
