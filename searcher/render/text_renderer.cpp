#include "render/text_renderer.h"

#include <iomanip>

namespace mss {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kMatch = "\x1b[1;33m";  // bold yellow: readable on dark and light themes
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

void write_snippet(const Hit& hit, const TextStyle& style, std::ostream& out) {
    std::size_t written = 0;
    for (const auto& [begin, end] : hit.highlights) {
        out << hit.snippet.substr(written, begin - written);
        if (style.color) {
            out << kMatch << hit.snippet.substr(begin, end - begin) << kReset;
        } else {
            out << hit.snippet.substr(begin, end - begin);
        }
        written = end;
    }
    out << hit.snippet.substr(written);
}

}  // namespace

void render_text(const SearchResult& result, const TextStyle& style, std::ostream& out) {
    const char* bold = style.color ? kBold : "";
    const char* dim = style.color ? kDim : "";
    const char* reset = style.color ? kReset : "";
    if (result.relaxed) {
        out << "No article has every word; showing articles with some of them.\n\n";
    }
    for (const Hit& hit : result.hits) {
        out << std::setw(3) << hit.rank << ". " << bold << hit.title << reset << '\n';
        out << "     " << dim << hit.date.value_or("undated") << "  " << hit.path << "  score "
            << std::fixed << std::setprecision(2) << hit.score << reset << '\n';
        if (!hit.snippet.empty()) {
            out << "     ";
            write_snippet(hit, style, out);
            out << '\n';
        }
        out << '\n';
    }
    out << result.total << (result.total == 1 ? " article" : " articles") << " matched";
    if (!result.hits.empty()) {
        out << "; showing " << result.hits.front().rank << "-" << result.hits.back().rank;
    }
    out << ".\n";
}

}  // namespace mss
