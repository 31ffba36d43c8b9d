// The mentions a finder gives for one text, analysed with the given stopwords (one per line) and
// no token covered before: the call of most extraction tests.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "entities/alias_matcher.h"
#include "entities/entity_mention.h"
#include "entities/entity_registry.h"

namespace mss::testing {

// (finder.*find)(text, tokens, covered): &AliasMatcher::match, &PersonFinder::find.
// The registry of `registry_text`, an entity file's lines, parsed the first time it is asked for.
inline const EntityRegistry& test_registry(const std::string& registry_text) {
    static std::map<std::string, EntityRegistry> registries;
    auto found = registries.find(registry_text);
    if (found == registries.end()) {
        found =
            registries.emplace(registry_text, EntityRegistry::parse(registry_text, "test")).first;
    }
    return found->second;
}

template <typename Finder, typename Find>
std::vector<EntityMention> mentions_in(const std::string& text, const std::string& stopwords,
                                       const Finder& finder, Find find) {
    Analyzer analyzer{StopwordList::parse(stopwords)};
    const auto tokens = analyzer.analyze(text);
    std::vector<bool> covered(tokens.size(), false);
    return (finder.*find)(text, tokens, covered);
}

// The alias matcher's mentions in `text` (with the given stopwords) for the entities of
// `registry_text`, an entity file's lines (entities/README.md), parsed once for each text.
inline std::vector<EntityMention> alias_mentions(const std::string& text,
                                                 const std::string& stopwords,
                                                 const std::string& registry_text) {
    return mentions_in(text, stopwords, AliasMatcher(test_registry(registry_text)),
                       &AliasMatcher::match);
}

}  // namespace mss::testing
