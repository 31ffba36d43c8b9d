#include <nlohmann/json.hpp>

#include <mss/json.h>

namespace mss {
namespace {

// Highlight spans are stored in bytes; JSON readers index strings by character, so convert.
std::size_t char_offset(const std::string& text, std::size_t byte_offset) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
        chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    return chars;
}

nlohmann::ordered_json hit_json(const Hit& hit) {
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : hit.highlights) {
        highlights.push_back({char_offset(hit.snippet, begin), char_offset(hit.snippet, end)});
    }
    nlohmann::ordered_json out;
    out["rank"] = hit.rank;
    out["id"] = hit.id;
    out["path"] = hit.path;
    out["title"] = hit.title;
    out["date"] = hit.date ? nlohmann::ordered_json(*hit.date) : nlohmann::ordered_json(nullptr);
    out["score"] = hit.score;
    out["snippet"] = hit.snippet;
    out["highlights"] = std::move(highlights);
    return out;
}

// How sure the total is, and what the searcher did to the query on the way (docs/JSON.md).
void add_search_details(const SearchResult& result, nlohmann::ordered_json& out) {
    out["total_lower"] = result.total_lower;
    out["total_upper"] = result.total_upper;
    out["exact"] = result.exact;
    out["suggestion"] = result.suggestion ? nlohmann::ordered_json(*result.suggestion)
                                          : nlohmann::ordered_json(nullptr);
    out["corrected"] = result.corrected;
    out["undated_excluded"] = result.undated_excluded;
}

nlohmann::ordered_json facet_values_json(const std::vector<FacetValue>& values) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const FacetValue& value : values) {
        out.push_back({{"id", value.id}, {"name", value.name}, {"count", value.count}});
    }
    return out;
}

void add_facets(const SearchResult& result, nlohmann::ordered_json& out) {
    if (!result.facets) {
        return;
    }
    const Facets& facets = *result.facets;
    nlohmann::ordered_json dates = nlohmann::ordered_json::array();
    for (const DateFacetValue& value : facets.date) {
        dates.push_back({{"bucket", value.bucket}, {"count", value.count}});
    }
    out["facets"] = {{"person", facet_values_json(facets.person)},
                     {"country", facet_values_json(facets.country)},
                     {"organisation", facet_values_json(facets.organisation)},
                     {"place", facet_values_json(facets.place)},
                     {"date", std::move(dates)}};
    out["undated"] = facets.undated;
}

}  // namespace

std::string to_json(const SearchResult& result) {
    nlohmann::ordered_json out;
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const Hit& hit : result.hits) {
        hits.push_back(hit_json(hit));
    }
    out["schema"] = kJsonSchemaVersion;
    out["query"] = result.query;
    out["total"] = result.total;
    out["relaxed"] = result.relaxed;
    add_search_details(result, out);
    out["hits"] = std::move(hits);
    add_facets(result, out);
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace mss
