// What entities an analysed text speaks of: the registry's aliases first (longest match wins),
// then people found by their cues among the words left over.
#pragma once

#include <string_view>
#include <vector>

#include <mss/search.h>

#include "analysis/analyzer.h"
#include "entities/alias_matcher.h"
#include "entities/entity_mention.h"
#include "entities/person_cues.h"
#include "entities/person_finder.h"

namespace mss {

// Holds the matcher built from `registry`; registry and cues must outlive it. extract() is const
// and may be called from several threads.
class EntityExtractor {
  public:
    EntityExtractor(const EntityRegistry& registry, const PersonCues& cues);

    // Every mention, in text order, with byte offsets into `text` (which `tokens` came from).
    std::vector<EntityMention> extract(std::string_view text,
                                       const std::vector<Token>& tokens) const;

  private:
    AliasMatcher aliases_;
    PersonFinder people_;
};

// Each entity once, by kind, in order of first mention.
ArticleEntities distinct_entities(const std::vector<EntityMention>& mentions);

}  // namespace mss
