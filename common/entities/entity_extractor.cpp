#include "entities/entity_extractor.h"

#include <algorithm>
#include <set>
#include <utility>

namespace mss {

EntityExtractor::EntityExtractor(const EntityRegistry& registry, const PersonCues& cues)
    : aliases_(registry), people_(cues) {}

std::vector<EntityMention> EntityExtractor::extract(std::string_view text,
                                                    const std::vector<Token>& tokens) const {
    std::vector<bool> covered(tokens.size(), false);
    std::vector<EntityMention> mentions = aliases_.match(text, tokens, covered);
    std::vector<EntityMention> people = people_.find(text, tokens, covered);
    mentions.insert(mentions.end(), std::make_move_iterator(people.begin()),
                    std::make_move_iterator(people.end()));
    std::stable_sort(
        mentions.begin(), mentions.end(),
        [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
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
