// Entities that imply others, from data files: a place implies its country
// (entities/place_countries.tsv: a story datelined "NEW YORK" or set in Port-au-Prince is about the
// US or Haiti even when it never names the country) and an organisation its parent
// (entities/organisation_parents.tsv: the Security Council speaks for the UN).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "entities/entity_registry.h"

namespace mss {

struct EntityKey {
    EntityKind kind;
    std::string id;
};

class EntityImplications {
  public:
    EntityImplications() = default;

    // Adds the lines "id<TAB>implied id" ('#' comments): each `from` entity implies the `to`
    // entity of the same line. `source` names the file in errors; throws mss::InputError naming
    // source:line for a malformed line.
    void add(std::string_view text, const std::string& source, EntityKind from, EntityKind to);

    // What the entity implies, or nullptr. One step only: data files name the entity implied
    // directly, so no chain is followed and no cycle can loop.
    const EntityKey* implied_by(EntityKind kind, const std::string& id) const;

  private:
    std::map<std::pair<EntityKind, std::string>, EntityKey> implied_;
};

}  // namespace mss
