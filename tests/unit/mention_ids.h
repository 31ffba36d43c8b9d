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

}  // namespace mss::testing
