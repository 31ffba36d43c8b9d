// Which entity names to highlight: every alias of every entity a query or a filter names, so a
// search for "Barbeque" marks "Chérizier" in the text and "--country Kenya" marks "Kenyan".
#pragma once

#include <set>
#include <string>
#include <vector>

#include <mss/search.h>

#include "analysis/analyzer.h"
#include "entities/entity_registry.h"

namespace mss {

// Alias keys (entity_registry.h) of the entities named by runs of `query_tokens`, longest run
// first, and by the request's entity filters.
std::set<std::string> entity_alias_keys(const std::vector<Token>& query_tokens,
                                        const SearchRequest& request,
                                        const EntityRegistry& registry);

}  // namespace mss
