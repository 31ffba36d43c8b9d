// One place where an article speaks of an entity.
#pragma once

#include <cstddef>
#include <string>

#include "entities/entity_registry.h"

namespace mss {

struct EntityMention {
    EntityKind kind;
    std::string id;         // canonical id: "william-ruto", "ke"; for people not in the data files,
                            // the folded full name joined by hyphens: "fritz-st-fort"
    std::string name;       // display name
    std::size_t begin = 0;  // byte span of the mention in the analysed text (headline or body)
    std::size_t end = 0;
    std::string evidence;  // why: "alias 'President Ruto'", "title 'General'", "surname"
};

}  // namespace mss
