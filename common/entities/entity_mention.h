// One place where an article speaks of an entity.
#pragma once

#include <cstddef>
#include <string>
#include <utility>

#include "entities/entity_registry.h"

namespace mss {

struct EntityMention {
    EntityMention(EntityKind kind, std::string id, std::string name, std::size_t begin,
                  std::size_t end, std::string evidence)
        : kind(kind),
          id(std::move(id)),
          name(std::move(name)),
          begin(begin),
          end(end),
          evidence(std::move(evidence)) {}

    EntityKind kind;
    std::string id;         // canonical id: "william-ruto", "ke"; for people not in the data files,
                            // the folded full name joined by hyphens: "fritz-st-fort"
    std::string name;       // display name
    std::size_t begin = 0;  // byte span of the mention in the analysed text (headline or body)
    std::size_t end = 0;
    std::string evidence;  // why: "alias 'President Ruto'", "title 'General'", "surname"
    // True when the text writes a name of the entity (an alias, not a cue such as "Kenyan", nor
    // an implication or a cue-found person): what a free-text query for that name matches.
    bool named = false;
    // The span again in characters (Unicode code points) of the same text, filled in by
    // add_char_offsets() (indexer/article_analysis.h) for programs that count characters.
    std::size_t char_begin = 0;
    std::size_t char_end = 0;
};

}  // namespace mss
