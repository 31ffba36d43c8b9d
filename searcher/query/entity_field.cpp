#include "query/entity_field.h"

#include <algorithm>
#include <vector>

#include <mss/error.h>

#include "schema.h"

namespace mss {

std::string entity_term(EntityKind kind, std::string_view id) {
    switch (kind) {
        case EntityKind::kPerson:
            return schema::kPersonPrefix + std::string(id);
        case EntityKind::kCountry:
            return schema::kCountryPrefix + std::string(id);
        case EntityKind::kOrganisation:
            return schema::kOrganisationPrefix + std::string(id);
        case EntityKind::kPlace:
            return schema::kPlacePrefix + std::string(id);
    }
    return std::string(id);
}

EntityFieldQuery entity_field_query(EntityKind kind, std::string_view value, std::size_t position,
                                    const EntityRegistry& registry, Analyzer& analyzer,
                                    MatchTerms& terms, const Xapian::Database* database) {
    if (const Entity* entity = registry.resolve(kind, value)) {
        terms.mentioned_entities.emplace(kind, entity->id);
        return {Xapian::Query(entity_term(kind, entity->id)), true};
    }
    std::vector<Xapian::Query> words;
    std::vector<std::string> name;
    for (const Token& token : analyzer.analyze(value)) {
        words.emplace_back(token.word);
        name.push_back(token.word);
    }
    // The name is marked as one run of words, or as its one word.
    if (name.size() == 1) {
        terms.words.insert(name.front());
    } else if (!name.empty()) {
        terms.phrases.push_back(std::move(name));
    }
    if (words.empty()) {
        throw QueryError(std::string(kind_name(kind)) + ": the value has no words", position);
    }
    std::string found_id = alias_key(value);
    std::replace(found_id.begin(), found_id.end(), ' ', '-');
    const std::string found_term = entity_term(kind, found_id);
    if (database != nullptr && database->term_exists(found_term)) {
        return {Xapian::Query(found_term), true};
    }
    return {Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size()),
            false};
}

}  // namespace mss
