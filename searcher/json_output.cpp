#include "json_output.h"

#include <optional>

#include <mss/json.h>
#include <mss/terminal_text.h>

#include "schema.h"

namespace mss {
namespace {

using Json = nlohmann::ordered_json;

// A value that may be absent (a date, a suggestion) is null when it is.
template <typename T>
Json or_null(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

// Highlights are in characters already, as JSON readers index strings.
Json spans_json(const std::vector<Highlight>& spans) {
    Json out = Json::array();
    for (const auto& [begin, end] : spans) {
        out.push_back({begin, end});
    }
    return out;
}

Json entity_counts(const std::vector<FacetValue>& values) {
    Json out = Json::array();
    for (const FacetValue& value : values) {
        out.push_back({{"id", value.id}, {"name", value.name}, {"count", value.count}});
    }
    return out;
}

// How sure the total is, and what the searcher did to the query on the way (docs/JSON.md).
void add_search_details(const SearchResult& result, Json& out) {
    out["total_lower"] = result.total_lower;
    out["total_upper"] = result.total_upper;
    out["exact"] = result.exact;
    out["suggestion"] = or_null(result.suggestion);
    out["corrected"] = result.corrected;
    out["undated_excluded"] = result.undated_excluded;
    out["partial"] = result.partial;
    out["unavailable_shards"] = result.unavailable_shards;
    if (!result.notes.empty()) {  // only when there is one, so ordinary output stays as it was
        out["notes"] = result.notes;
    }
    if (result.facets) {
        out["undated"] = result.facets->undated;
    }
}

// Citation fields the source did not give are null, not "", so a script can tell them apart.
Json known_or_null(const std::string& value) {
    return value.empty() ? Json(nullptr) : Json(value);
}

void add_citation(const std::string& url, const std::string& source, const std::string& author,
                  Json& out) {
    out["url"] = known_or_null(url);
    out["source"] = known_or_null(source);
    out["author"] = known_or_null(author);
}

// {"person": [{"id", "name"}...], "country": ..., "organisation": ..., "place": ...}
Json entities_json(const ArticleEntities& entities) {
    Json out;
    for (const schema::EntityKindSchema& kind : schema::kEntityKindSchemas) {
        Json& list = out[std::string(kind_name(kind.kind))] = Json::array();
        for (const EntityRef& ref : entities.*kind.refs) {
            list.push_back({{"id", ref.id}, {"name", ref.name}});
        }
    }
    return out;
}

}  // namespace

Json hit_json(const Hit& hit) {
    Json out;
    out["rank"] = hit.rank;
    out["id"] = hit.id;
    out["path"] = hit.path;
    out["title"] = hit.title;
    out["date"] = or_null(hit.date);
    out["score"] = hit.score;
    out["snippet"] = hit.snippet;
    out["highlights"] = spans_json(hit.highlights);
    out["title_highlights"] = spans_json(hit.title_highlights);
    out["entities"] = entities_json(hit.entities);
    out["date_source"] = hit.date_source;
    out["matches_all"] = hit.matches_all;
    add_citation(hit.url, hit.source, hit.author, out);
    out["lang"] = hit.lang;
    out["story"] = hit.story;
    Json duplicates = Json::array();
    for (const Duplicate& copy : hit.duplicates) {
        duplicates.push_back({{"id", copy.id},
                              {"path", copy.path},
                              {"title", copy.title},
                              {"source", copy.source},
                              {"date", or_null(copy.date)}});
    }
    out["duplicates"] = std::move(duplicates);
    return out;
}

Json article_json(const IndexedArticle& indexed) {
    const Article& article = indexed.article;
    Json out;
    out["schema"] = kJsonSchemaVersion;
    out["id"] = article.id;
    out["path"] = article.path;
    out["title"] = article.title;
    out["date"] = or_null(article.date);
    out["date_source"] = indexed.date_source;
    add_citation(article.url, article.source, article.author, out);
    out["lang"] = language_code(schema::stored_language(article));
    out["entities"] = entities_json(indexed.entities);
    out["body"] = article.body;
    return out;
}

Json facets_json(const Facets& facets) {
    Json dates = Json::array();
    for (const DateFacetValue& value : facets.date) {
        dates.push_back({{"bucket", value.bucket}, {"count", value.count}});
    }
    Json out;
    out["person"] = entity_counts(facets.person);
    out["country"] = entity_counts(facets.country);
    out["organisation"] = entity_counts(facets.organisation);
    out["place"] = entity_counts(facets.place);
    out["source"] = entity_counts(facets.source);
    out["lang"] = entity_counts(facets.lang);
    out["date"] = std::move(dates);
    out["undated"] = facets.undated;
    return out;
}

Json summary_json(const SearchResult& result) {
    Json out;
    out["schema"] = kJsonSchemaVersion;
    out["query"] = result.query;
    out["total"] = result.total;
    out["relaxed"] = result.relaxed;
    out["strict_total"] = result.strict_total;
    out["partial_hits"] = result.partial_hits;
    out["stories"] = or_null(result.stories);
    out["stories_exact"] = result.stories_exact;
    add_search_details(result, out);
    if (result.facets) {
        out["facets"] = facets_json(*result.facets);
    }
    return out;
}

Json result_json(const SearchResult& result) {
    Json out = summary_json(result);
    Json hits = Json::array();
    for (const Hit& hit : result.hits) {
        hits.push_back(hit_json(hit));
    }
    out["hits"] = std::move(hits);
    return out;
}

Json stats_json(const IndexStats& stats) {
    Json sources = Json::array();
    for (const auto& [root, articles] : stats.sources) {
        sources.push_back({{"root", root}, {"articles", articles}});
    }
    const Json last_run = stats.last_run_json.empty()
                              ? Json(nullptr)
                              : Json::parse(stats.last_run_json, nullptr, false);
    return {
        {"schema", kJsonSchemaVersion},
        {"generation", stats.generation},
        {"articles", stats.articles},
        {"dated", stats.dated},
        {"first_date", or_null(stats.first_date)},
        {"last_date", or_null(stats.last_date)},
        {"entities",
         {{"person", stats.persons},
          {"country", stats.countries},
          {"organisation", stats.organisations},
          {"place", stats.places}}},
        {"bytes", stats.bytes},
        {"sources", sources},
        {"format", stats.format},
        // A run record that is not JSON (a damaged file) is shown as unknown, not as an error.
        {"last_run", last_run.is_discarded() ? Json(nullptr) : last_run},
    };
}

std::string dump_json(const Json& value) {
    // A terminal acts on C1 and bidi controls that JSON may carry raw: escape them too.
    return escape_json_controls(
        value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string to_json(const SearchResult& result) {
    return dump_json(result_json(result));
}

std::string hit_to_json(const Hit& hit) {
    return dump_json(hit_json(hit));
}

std::string stats_to_json(const IndexStats& stats) {
    return dump_json(stats_json(stats));
}

std::string summary_to_json(const SearchResult& result) {
    Json out = summary_json(result);
    out["returned"] = result.hits.size();
    return dump_json(out);
}

}  // namespace mss
