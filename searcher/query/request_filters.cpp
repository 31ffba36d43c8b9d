#include "query/request_filters.h"

#include <mss/error.h>

#include "analysis/source_id.h"
#include "query/entity_field.h"
#include "schema.h"

namespace mss {
namespace {

std::string date_bound(const std::string& value, bool is_end, const std::string& now) {
    try {
        return resolve_date_bound(value, is_end, now);
    } catch (const QueryError& e) {
        throw InvalidArgumentError(std::string(is_end ? "date range end" : "date range start") +
                                   " " + value + ": " + e.what());
    }
}

}  // namespace

std::optional<Xapian::Query> request_date_filter(const SearchRequest& request,
                                                 const std::string& now) {
    if (!request.dates.from && !request.dates.to) {
        return std::nullopt;
    }
    DateRange range;
    if (request.dates.from) {
        range.from = date_bound(*request.dates.from, false, now);
    }
    if (request.dates.to) {
        range.to = date_bound(*request.dates.to, true, now);
    }
    if (range.from && range.to && *range.from > *range.to) {
        throw InvalidArgumentError("date range end " + *range.to + " is before its start " +
                                   *range.from);
    }
    return date_filter(range);
}

void add_request_filters(QueryCompiler::Conjunction& parts, const SearchRequest& request,
                         QueryContext& context, MatchTerms& terms,
                         std::vector<std::string>& notes) {
    const std::pair<EntityKind, const std::vector<std::string>*> flags[] = {
        {EntityKind::kPerson, &request.persons},
        {EntityKind::kCountry, &request.countries},
        {EntityKind::kOrganisation, &request.organisations},
        {EntityKind::kPlace, &request.places}};
    for (const auto& [kind, values] : flags) {
        std::vector<Xapian::Query> alternatives;
        for (const std::string& value : *values) {
            EntityFieldQuery resolved = entity_field_query(
                kind, value, 0, context.entities, context.analyzer, terms, context.database,
                context.positional_guard, context.surname_links);
            alternatives.push_back(resolved.query);
            if (!resolved.note.empty()) {
                notes.push_back(std::move(resolved.note));
            }
        }
        if (!alternatives.empty()) {
            parts.filters.push_back(any_of(alternatives));
        }
    }
    std::vector<Xapian::Query> languages;
    for (const std::string& value : request.languages) {
        const auto language = parse_language(value);
        if (!language) {
            throw InvalidArgumentError("language '" + value +
                                       "' is not one the index knows (en, fr or ht)");
        }
        languages.emplace_back(schema::language_term(*language));
    }
    if (!languages.empty()) {
        parts.filters.push_back(any_of(languages));
    }
    std::vector<Xapian::Query> outlets;
    for (const std::string& value : request.sources) {
        const std::string id = source_id(context.analyzer, value);
        if (id.empty()) {
            throw InvalidArgumentError("source '" + value + "' has no words");
        }
        outlets.emplace_back(schema::kSourcePrefix + id);
    }
    if (!outlets.empty()) {
        parts.filters.push_back(any_of(outlets));
    }
}

}  // namespace mss
