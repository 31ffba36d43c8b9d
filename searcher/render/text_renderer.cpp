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

// Said before the results: what the searcher changed about the query, and why.
void write_query_notes(const SearchResult& result, std::ostream& out) {
    if (result.corrected && result.suggestion) {
        out << "Nothing matched \"" << result.query << "\"; showing results for \""
            << *result.suggestion << "\".\n\n";
    } else if (result.suggestion) {
        out << "Did you mean \"" << *result.suggestion << "\"?\n\n";
    }
    if (result.relaxed) {
        out << "No article has every word; showing articles with some of them.\n\n";
    }
}

void write_facet(const char* label, const std::vector<FacetValue>& values, std::ostream& out) {
    constexpr std::size_t kShown = 8;
    if (values.empty()) {
        return;
    }
    out << "  " << label << ":";
    for (std::size_t i = 0; i < values.size() && i < kShown; ++i) {
        out << (i == 0 ? " " : ", ") << values[i].name << " (" << values[i].count << ")";
    }
    if (values.size() > kShown) {
        out << ", … " << values.size() - kShown << " more";
    }
    out << '\n';
}

// Said after the results: how every match (not only the page shown) splits.
void write_facets(const SearchResult& result, std::ostream& out) {
    if (result.undated_excluded != 0) {
        out << result.undated_excluded
            << (result.undated_excluded == 1 ? " undated article" : " undated articles")
            << " left out by the date filter.\n";
    }
    if (!result.facets) {
        return;
    }
    const Facets& facets = *result.facets;
    out << "\nAcross all " << result.total << " matches:\n";
    write_facet("People", facets.person, out);
    write_facet("Countries", facets.country, out);
    write_facet("Organisations", facets.organisation, out);
    write_facet("Places", facets.place, out);
    if (!facets.date.empty() || facets.undated != 0) {
        out << "  Dates:";
        for (std::size_t i = 0; i < facets.date.size(); ++i) {
            out << (i == 0 ? " " : ", ") << facets.date[i].bucket << " (" << facets.date[i].count
                << ")";
        }
        if (facets.undated != 0) {
            out << (facets.date.empty() ? " " : ", ") << "undated (" << facets.undated << ")";
        }
        out << '\n';
    }
}

}  // namespace

void render_text(const SearchResult& result, const TextStyle& style, std::ostream& out) {
    const char* bold = style.color ? kBold : "";
    const char* dim = style.color ? kDim : "";
    const char* reset = style.color ? kReset : "";
    write_query_notes(result, out);
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
    write_facets(result, out);
}

}  // namespace mss
