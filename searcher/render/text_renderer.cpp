#include "render/text_renderer.h"

#include <algorithm>
#include <iomanip>
#include <string>
#include <string_view>

#include <mss/terminal_text.h>

namespace mss {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kMatch = "\x1b[1;33m";  // bold yellow: readable on dark and light themes
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";
constexpr int kFacetLabelWidth = 14;
constexpr std::size_t kFacetValuesShown = 8;  // per entity facet in text output

// 12345 -> "12,345": estimates are read as magnitudes.
std::string with_thousands(std::size_t count) {
    std::string digits = std::to_string(count);
    for (std::size_t at = digits.size(); at > 3; at -= 3) {
        digits.insert(at - 3, ",");
    }
    return digits;
}

// "+2 similar: Source A, Source B": each outlet once, in the order of the copies; an article that
// names no source is shown by its id.
std::string similar_line(const std::vector<Duplicate>& copies) {
    std::vector<std::string> names;
    for (const Duplicate& copy : copies) {
        const std::string& name = copy.source.empty() ? copy.id : copy.source;
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
    }
    std::string line = "+" + std::to_string(copies.size()) + " similar: ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        line += (i == 0 ? "" : ", ") + names[i];
    }
    return line;
}

}  // namespace

void TextRenderer::write_highlighted(const std::string& text, const std::vector<Highlight>& spans,
                                     const char* base) {
    // Article text never reaches the terminal raw: only our own colouring is sent as escapes.
    if (!style_.color) {
        out_ << terminal_text(text);
        return;
    }
    out_ << base;
    std::size_t written = 0;
    for (const auto& [first, last] : spans) {  // characters: the bytes they start at
        const std::size_t begin = utf8_byte_offset(text, first);
        const std::size_t end = utf8_byte_offset(text, last);
        out_ << terminal_text(text.substr(written, begin - written)) << kReset << kMatch
             << terminal_text(text.substr(begin, end - begin)) << kReset << base;
        written = end;
    }
    out_ << terminal_text(text.substr(written)) << kReset;
}

void TextRenderer::begin(const SearchResult& result) {
    if (result.partial) {
        out_ << "Partial results: ";
        for (std::size_t i = 0; i < result.unavailable_shards.size(); ++i) {
            out_ << (i == 0 ? "shard " : ", ") << terminal_text(result.unavailable_shards[i]);
        }
        out_ << (result.unavailable_shards.size() == 1 ? " is" : " are")
             << " unavailable; results cover the other shards only.\n\n";
    }
    write_spelling_note(result);
    if (result.total == 0 && result.relaxed) {
        out_ << "No article has every word; the closest articles have some of them.\n\n";
    }
    partial_seen_ = result.total == 0;
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
        out_ << terminal_text(hit.source) << "  ";
    }
    out_ << terminal_text(hit.path) << "  score " << std::fixed << std::setprecision(2) << hit.score
         << reset << '\n';
    if (!hit.duplicates.empty()) {
        out_ << "     " << dim << terminal_text(similar_line(hit.duplicates)) << reset << '\n';
    }
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
            out_ << (i == 0 ? "" : ", ") << terminal_text(name_of(values[i])) << " ("
                 << values[i].count << ")";
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
    line("lang", facets.lang, entity_name);
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
    // An estimate is never printed as if it were a count.
    if (result.exact) {
        out_ << result.total << (result.total == 1 ? " article" : " articles") << " matched";
    } else if (result.total_lower >= kExactCountUpTo) {
        out_ << "More than " << with_thousands(result.total_lower) << " articles matched (about "
             << with_thousands(result.total) << ")";
    } else {
        out_ << "About " << with_thousands(result.total) << " articles matched (between "
             << with_thousands(result.total_lower) << " and " << with_thousands(result.total_upper)
             << ")";
    }
    // Hits are stories: say how many when copies made them fewer than the articles.
    if (result.stories && *result.stories < result.total) {
        out_ << " (" << (result.stories_exact ? "" : "about ") << with_thousands(*result.stories)
             << (*result.stories == 1 ? " story" : " stories") << ")";
    }
    const std::size_t matches_shown = result.hits.size() - result.partial_hits;
    if (matches_shown != 0) {
        out_ << "; showing " << result.hits.front().rank << "-"
             << result.hits[matches_shown - 1].rank;
    }
    out_ << ".\n";
    if (result.partial_hits != 0) {
        out_ << "Hits " << result.hits[matches_shown].rank << "-" << result.hits.back().rank
             << " have only some of the words; they are not counted.\n";
    }
    if (result.undated_excluded != 0) {
        out_ << result.undated_excluded
             << (result.undated_excluded == 1 ? " undated article" : " undated articles")
             << " left out by the date filter.\n";
    }
    for (const std::string& note : result.notes) {
        out_ << "Note: " << terminal_text(note) << ".\n";
    }
}

// What the searcher made of a misspelt query: a suggestion, or the query it ran instead.
void TextRenderer::write_spelling_note(const SearchResult& result) {
    if (result.corrected && result.suggestion) {
        out_ << "Nothing matched \"" << terminal_text(result.query) << "\"; showing results for \""
             << terminal_text(*result.suggestion) << "\".\n\n";
    } else if (result.suggestion) {
        out_ << "Did you mean \"" << terminal_text(*result.suggestion) << "\"?\n\n";
    }
}

}  // namespace mss
