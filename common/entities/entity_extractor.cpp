#include "entities/entity_extractor.h"

#include <algorithm>
#include <set>
#include <utility>

namespace mss {

EntityExtractor::EntityExtractor(const EntityRegistry& registry, const PersonCues& cues,
                                 const PlaceCountries& places)
    : registry_(registry), places_(places), aliases_(registry), people_(cues) {}

std::vector<std::vector<EntityMention>> EntityExtractor::extract(
    const std::vector<AnalysedText>& fields) const {
    std::vector<std::vector<EntityMention>> mentions(fields.size());
    std::vector<std::vector<bool>> covered(fields.size());
    std::vector<EntityMention> people;  // found by cues in any field
    for (std::size_t f = 0; f < fields.size(); ++f) {
        covered[f].assign(fields[f].tokens.size(), false);
        mentions[f] = aliases_.match(fields[f].text, fields[f].tokens, covered[f]);
        std::vector<EntityMention> found =
            people_.find(fields[f].text, fields[f].tokens, covered[f]);
        people.insert(people.end(), found.begin(), found.end());
        mentions[f].insert(mentions[f].end(), std::make_move_iterator(found.begin()),
                           std::make_move_iterator(found.end()));
    }
    for (std::size_t f = 0; f < fields.size(); ++f) {
        std::vector<EntityMention> linked =
            people_.link_surnames(fields[f].text, fields[f].tokens, covered[f], people);
        mentions[f].insert(mentions[f].end(), std::make_move_iterator(linked.begin()),
                           std::make_move_iterator(linked.end()));
        std::vector<EntityMention> countries;
        for (const EntityMention& mention : mentions[f]) {
            if (mention.kind != EntityKind::kPlace) {
                continue;
            }
            if (const std::string* id = places_.country_of(mention.id)) {
                const Entity* country = registry_.find(EntityKind::kCountry, *id);
                countries.push_back({EntityKind::kCountry, *id, country ? country->name : *id,
                                     mention.begin, mention.end,
                                     "place '" + mention.name + "' is in it"});
            }
        }
        mentions[f].insert(mentions[f].end(), std::make_move_iterator(countries.begin()),
                           std::make_move_iterator(countries.end()));
        std::stable_sort(
            mentions[f].begin(), mentions[f].end(),
            [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
    }
    return mentions;
}

ArticleEntities distinct_entities(const std::vector<EntityMention>& mentions) {
    ArticleEntities entities;
    std::set<std::pair<EntityKind, std::string>> seen;
    for (const EntityMention& mention : mentions) {
        if (!seen.emplace(mention.kind, mention.id).second) {
            continue;
        }
        EntityRef ref{mention.id, mention.name};
        switch (mention.kind) {
            case EntityKind::kPerson:
                entities.person.push_back(std::move(ref));
                break;
            case EntityKind::kCountry:
                entities.country.push_back(std::move(ref));
                break;
            case EntityKind::kOrganisation:
                entities.organisation.push_back(std::move(ref));
                break;
            case EntityKind::kPlace:
                entities.place.push_back(std::move(ref));
                break;
        }
    }
    return entities;
}

}  // namespace mss
