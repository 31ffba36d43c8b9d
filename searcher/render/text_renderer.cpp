#include "render/text_renderer.h"

#include <iomanip>
#include <string_view>

namespace mss {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kMatch = "\x1b[1;33m";  // bold yellow: readable on dark and light themes
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";
constexpr int kFacetLabelWidth = 14;
constexpr std::size_t kFacetValuesShown = 8;  // per entity facet in text output

}  // namespace

void TextRenderer::write_highlighted(const std::string& text, const std::vector<Highlight>& spans,
                                     const char* base) {
    if (!style_.color) {
        out_ << text;
        return;
    }
    out_ << base;
    std::size_t written = 0;
    for (const auto& [begin, end] : spans) {
        out_ << text.substr(written, begin - written) << kReset << kMatch
             << text.substr(begin, end - begin) << kReset << base;
        written = end;
    }
    out_ << text.substr(written) << kReset;
}

void TextRenderer::begin(const SearchResult& result) {
    if (result.partial) {
        out_ << "Partial results: ";
        for (std::size_t i = 0; i < result.unavailable_shards.size(); ++i) {
            out_ << (i == 0 ? "shard " : ", ") << result.unavailable_shards[i];
        }
        out_ << (result.unavailable_shards.size() == 1 ? " is" : " are")
             << " unavailable; results cover the other shards only.\n\n";
    }
    write_spelling_note(result);
    if (result.relaxed && result.strict_total == 0) {
        out_ << "No article has every word; showing articles with some of them.\n\n";
    }
    partial_seen_ = result.strict_total == 0;
}

void TextRenderer::hit(const Hit& hit) {
    const char* dim = style_.color ? kDim : "";
    const char* reset = style_.color ? kReset : "";
    if (!hit.matches_all && !partial_seen_) {
        out_ << "     " << dim << "-- articles with only some of the words --" << reset << "\n\n";
        partial_seen_ = true;
    }
    out_ << std::setw(3) << hit.rank << ". ";
    write_highlighted(hit.title, hit.title_highlights, kBold);
    out_ << '\n';
    out_ << "     " << dim << hit.date.value_or("undated") << "  ";
    if (!hit.source.empty()) {  // where it was published, beside when: what a citation needs
        out_ << hit.source << "  ";
    }
    out_ << hit.path << "  score " << std::fixed << std::setprecision(2) << hit.score << reset
         << '\n';
    if (!hit.snippet.empty()) {
        out_ << "     ";
        write_highlighted(hit.snippet, hit.highlights, "");
        out_ << '\n';
    }
    out_ << '\n';
}

void TextRenderer::facets(const Facets& facets) {
    const char* dim = style_.color ? kDim : "";
    const char* reset = style_.color ? kReset : "";
    // A reader scans the most frequent values; JSON carries them all.
    auto line = [&](std::string_view label, const auto& values, auto name_of,
                    std::size_t shown = kFacetValuesShown) {
        if (values.empty()) {
            return;
        }
        out_ << "  " << dim << std::left << std::setw(kFacetLabelWidth) << label << reset
             << std::right;
        for (std::size_t i = 0; i < values.size() && i < shown; ++i) {
            out_ << (i == 0 ? "" : ", ") << name_of(values[i]) << " (" << values[i].count << ")";
        }
        if (values.size() > shown) {
            out_ << dim << ", and " << values.size() - shown << " more" << reset;
        }
        out_ << '\n';
    };
    const auto entity_name = [](const FacetValue& value) { return value.name; };
    out_ << "Facets:\n";
    line("person", facets.person, entity_name);
    line("country", facets.country, entity_name);
    line("organisation", facets.organisation, entity_name);
    line("place", facets.place, entity_name);
    line("source", facets.source, entity_name);
    std::vector<FacetValue> dates;
    for (const DateFacetValue& value : facets.date) {
        dates.push_back({value.bucket, value.bucket, value.count});
    }
    if (facets.undated != 0) {
        dates.push_back({"undated", "undated", facets.undated});
    }
    line("date", dates, entity_name, dates.size());  // a histogram: every bucket, in order
    out_ << '\n';
}

void TextRenderer::end(const SearchResult& result) {
    out_ << result.total << (result.total == 1 ? " article" : " articles") << " matched";
    if (!result.hits.empty()) {
        out_ << "; showing " << result.hits.front().rank << "-" << result.hits.back().rank;
    }
    out_ << ".\n";
    if (result.undated_excluded != 0) {
        out_ << result.undated_excluded
             << (result.undated_excluded == 1 ? " undated article" : " undated articles")
             << " left out by the date filter.\n";
    }
    for (const std::string& note : result.notes) {
        out_ << "Note: " << note << ".\n";
    }
}

// What the searcher made of a misspelt query: a suggestion, or the query it ran instead.
void TextRenderer::write_spelling_note(const SearchResult& result) {
    if (result.corrected && result.suggestion) {
        out_ << "Nothing matched \"" << result.query << "\"; showing results for \""
             << *result.suggestion << "\".\n\n";
    } else if (result.suggestion) {
        out_ << "Did you mean \"" << *result.suggestion << "\"?\n\n";
    }
}

}  // namespace mss
