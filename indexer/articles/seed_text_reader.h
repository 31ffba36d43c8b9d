// Reads the seed article format: an optional first-line prefix " date YYYY-MM-DD ", then the
// headline on the rest of the first line, then the body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <mss/article.h>

namespace mss {

struct SeedTextParse {
    Article article;
    std::vector<std::string> warnings;  // problems that did not stop the parse
};

// `id` and `path` are copied into the article. Never throws on content: a header date that is not
// a real day is dropped with a warning and the article is undated.
SeedTextParse parse_seed_text(std::string_view text, const std::string& id,
                              const std::string& path);

}  // namespace mss
