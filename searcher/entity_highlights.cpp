#include "entity_highlights.h"

#include <algorithm>

namespace mss {
namespace {

void add_aliases(const Entity& entity, std::set<std::string>& keys) {
    for (const auto& alias : entity.aliases) {
        if (auto key = alias_key(alias); !key.empty()) {
            keys.insert(std::move(key));
        }
    }
}

}  // namespace

std::set<std::string> entity_alias_keys(const std::vector<Token>& query_tokens,
                                        const SearchRequest& request,
                                        const EntityRegistry& registry) {
    std::set<std::string> keys;
    const std::size_t longest = registry.longest_alias_words();
    for (std::size_t first = 0; first < query_tokens.size(); ++first) {
        for (std::size_t words = std::min(longest, query_tokens.size() - first); words >= 1;
             --words) {
            std::string key = query_tokens[first].word;
            for (std::size_t k = 1; k < words; ++k) {
                key += ' ' + query_tokens[first + k].word;
            }
            const auto entities = registry.with_alias_key(key);
            if (!entities.empty()) {
                for (const Entity* entity : entities) {
                    add_aliases(*entity, keys);
                }
                first += words - 1;
                break;
            }
        }
    }
    const std::pair<EntityKind, const std::vector<std::string>*> filters[] = {
        {EntityKind::kPerson, &request.persons},
        {EntityKind::kCountry, &request.countries},
        {EntityKind::kOrganisation, &request.organisations},
        {EntityKind::kPlace, &request.places},
    };
    for (const auto& [kind, values] : filters) {
        for (const auto& value : *values) {
            if (const Entity* entity = registry.resolve(kind, value)) {
                add_aliases(*entity, keys);
            }
        }
    }
    return keys;
}

}  // namespace mss
