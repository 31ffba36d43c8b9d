#include "entities/entity_extractor.h"

#include <algorithm>
#include <cstddef>
#include <set>
#include <utility>

#include "schema.h"

namespace mss {
namespace {

// "Atlanta, Georgia": a country named right after a place of another country, with a comma
// between, is a state or province of that place's country, not the country.
void drop_states_named_as_countries(std::string_view text, std::vector<EntityMention>& mentions,
                                    const EntityImplications& implications) {
    std::vector<EntityMention> kept;
    for (EntityMention& mention : mentions) {
        if (mention.kind == EntityKind::kCountry && !kept.empty() &&
            kept.back().kind == EntityKind::kPlace) {
            const EntityKey* country = implications.implied_by(kept.back().kind, kept.back().id);
            const std::string_view gap =
                text.substr(kept.back().end, mention.begin - kept.back().end);
            if (country != nullptr && country->id != mention.id && (gap == ", " || gap == ",\n")) {
                continue;
            }
        }
        kept.push_back(std::move(mention));
    }
    mentions = std::move(kept);
}

}  // namespace

EntityExtractor::EntityExtractor(const EntityRegistry& registry, const PersonCues& cues,
                                 const EntityImplications& implications)
    : registry_(registry), implications_(implications), aliases_(registry), people_(cues) {}

std::vector<std::vector<EntityMention>> EntityExtractor::extract(
    const std::vector<AnalysedText>& fields) const {
    std::vector<std::vector<EntityMention>> mentions(fields.size());
    std::vector<std::vector<bool>> covered(fields.size());
    std::vector<EntityMention> people;  // found by cues in any field
    for (std::size_t f = 0; f < fields.size(); ++f) {
        covered[f].assign(fields[f].tokens.size(), false);
        mentions[f] = aliases_.match(fields[f].text, fields[f].tokens, covered[f]);
        drop_states_named_as_countries(fields[f].text, mentions[f], implications_);
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
        std::vector<EntityMention> implied;
        for (const EntityMention& mention : mentions[f]) {
            if (const EntityKey* key = implications_.implied_by(mention.kind, mention.id)) {
                const Entity* entity = registry_.find(key->kind, key->id);
                implied.push_back({key->kind, key->id, entity ? entity->name : key->id,
                                   mention.begin, mention.end,
                                   "implied by " + std::string(kind_name(mention.kind)) + " '" +
                                       mention.name + "'"});
            }
        }
        mentions[f].insert(mentions[f].end(), std::make_move_iterator(implied.begin()),
                           std::make_move_iterator(implied.end()));
        std::stable_sort(
            mentions[f].begin(), mentions[f].end(),
            [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
    }
    return mentions;
}

std::vector<EntityKey> EntityExtractor::nested_names(
    const AnalysedText& field, const std::vector<EntityMention>& mentions) const {
    std::vector<EntityKey> names;
    for (const EntityMention& mention : mentions) {
        if (!mention.named) {
            continue;
        }
        std::vector<Token> inside;
        for (const Token& token : field.tokens) {
            if (token.begin >= mention.begin && token.end <= mention.end) {
                inside.push_back(token);
            }
        }
        // The longest name starting at each word: at the first word, without the last one (or
        // it would be the mention itself).
        for (std::size_t start = 0; start < inside.size(); ++start) {
            const std::size_t end = start == 0 ? inside.size() - 1 : inside.size();
            if (start >= end) {
                continue;
            }
            const std::vector<Token> span(inside.begin() + static_cast<std::ptrdiff_t>(start),
                                          inside.begin() + static_cast<std::ptrdiff_t>(end));
            std::vector<bool> covered(span.size(), false);
            for (const AliasMatch& found :
                 aliases_.scan(field.text, span, covered, AliasScope::kNamesOnly)) {
                const bool known =
                    std::any_of(names.begin(), names.end(), [&](const EntityKey& key) {
                        return key.kind == found.kind && key.id == *found.id;
                    });
                if (found.first == 0 && !known &&
                    !(found.kind == mention.kind && *found.id == mention.id)) {
                    names.push_back({found.kind, *found.id});
                }
            }
        }
    }
    return names;
}

ArticleEntities distinct_entities(const std::vector<EntityMention>& mentions) {
    ArticleEntities entities;
    std::set<std::pair<EntityKind, std::string>> seen;
    for (const EntityMention& mention : mentions) {
        if (!seen.emplace(mention.kind, mention.id).second) {
            continue;
        }
        (entities.*schema::entity_kind_schema(mention.kind).refs)
            .push_back({mention.id, mention.name});
    }
    return entities;
}

}  // namespace mss
