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

nlohmann::ordered_json entity_list(const std::vector<EntityRef>& refs) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const EntityRef& ref : refs) {
        list.push_back({{"id", ref.id}, {"name", ref.name}});
    }
    return list;
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
    out["entities"] = {{"person", entity_list(hit.entities.person)},
                       {"country", entity_list(hit.entities.country)},
                       {"organisation", entity_list(hit.entities.organisation)},
                       {"place", entity_list(hit.entities.place)}};
    out["date_source"] = hit.date_source;
    return out;
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
    out["hits"] = std::move(hits);
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace mss
