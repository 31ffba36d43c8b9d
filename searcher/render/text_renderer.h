// Renders search results for a person reading a terminal or a pager.
#pragma once

#include <ostream>

#include <mss/search.h>

namespace mss {

struct TextStyle {
    bool color = false;  // ANSI bold and colour; off when piped or NO_COLOR is set
};

void render_text(const SearchResult& result, const TextStyle& style, std::ostream& out);

}  // namespace mss
