// What entities an analysed text speaks of: the registry's aliases first (longest match wins),
// then people found by their cues among the words left over, then what those entities
// imply (a place its country, an organisation its parent).
#pragma once

#include <string_view>
#include <vector>

#include <mss/article.h>

#include "analysis/analyzer.h"
#include "entities/alias_matcher.h"
#include "entities/entity_implications.h"
#include "entities/entity_mention.h"
#include "entities/person_cues.h"
#include "entities/person_finder.h"

namespace mss {

// A text to extract from: the words came from analysing exactly this text.
struct AnalysedText {
    std::string_view text;
    const std::vector<Token>& tokens;
};

// Holds the matcher built from `registry`; registry, cues and implications must outlive it.
// extract() is const and may be called from several threads.
class EntityExtractor {
  public:
    EntityExtractor(const EntityRegistry& registry, const PersonCues& cues,
                    const EntityImplications& implications);

    // Every mention in each field (headline and body), in text order, with byte offsets into that
    // field. Surnames link across fields; an entity also tags what it implies.
    std::vector<std::vector<EntityMention>> extract(const std::vector<AnalysedText>& fields) const;

    // The names written inside the longer names of `mentions` (the extract() of `field`): "Haïti"
    // in "Police nationale d'Haïti", "Kenya" in "Kenya Airways", with the scanner's case rules.
    // They tag nothing (the longer name is the entity), but a free-text search for the word finds
    // the article, as the word is written there as a name. Each once, in text order.
    std::vector<EntityKey> nested_names(const AnalysedText& field,
                                        const std::vector<EntityMention>& mentions) const;

  private:
    const EntityRegistry& registry_;
    const EntityImplications& implications_;
    AliasMatcher aliases_;
    PersonFinder people_;
};

// Each entity once, by kind, in order of first mention.
ArticleEntities distinct_entities(const std::vector<EntityMention>& mentions);

}  // namespace mss
