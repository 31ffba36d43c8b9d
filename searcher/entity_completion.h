// Completions of entity names as a person types them: the entities of the index's registry with a
// name or alias that starts with the typed text, or has a word that does, ranked by the number of
// articles that name them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

#include "entities/entity_registry.h"

namespace mss {

// Completions of `typed` (folded as aliases are, so "cheri" finds "Chérizier") among the
// entities of `entities`, of `kind` only when given, that at least one article of `database`
// names; at most `limit`, most articles first, then by name. Nothing for blank `typed`.
std::vector<EntityCompletion> complete_entity_names(const Xapian::Database& database,
                                                    const EntityRegistry& entities,
                                                    std::string_view typed,
                                                    std::optional<EntityKind> kind,
                                                    std::size_t limit);

}  // namespace mss
