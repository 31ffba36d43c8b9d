// The ids of extracted mentions, in text order: what most extraction tests compare.
#pragma once

#include <string>
#include <vector>

#include "entities/entity_mention.h"

namespace mss::testing {

inline std::vector<std::string> ids(const std::vector<EntityMention>& mentions) {
    std::vector<std::string> out;
    for (const auto& mention : mentions) {
        out.push_back(mention.id);
    }
    return out;
}

using Ids = std::vector<std::string>;

// `find` (text -> mentions) as the ids of what it finds, for tables of cases.
template <typename Find>
auto ids_of(Find find) {
    return [find](const std::string& text) { return ids(find(text)); };
}

}  // namespace mss::testing
