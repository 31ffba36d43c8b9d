// Reads one article from one line of a JSON Lines file:
// {"id", "title", "body", "date"?, "url"?, "source"?, "author"?}.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mss/article.h>

namespace mss {

struct JsonLineParse {
    std::optional<Article> article;     // absent when the line cannot be used at all
    std::vector<std::string> warnings;  // why it was skipped, or what was dropped
};

// `path` is recorded as "path:line_number". A line that is not a JSON object, or lacks a
// usable "id", is skipped with a warning; a bad "date" is dropped with a warning.
JsonLineParse parse_json_line(std::string_view line, const std::string& path,
                              std::size_t line_number);

}  // namespace mss
