// The mentions a finder gives for one text, analysed with the given stopwords (one per line) and
// no token covered before: the call of most extraction tests.
#pragma once

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "entities/entity_mention.h"

namespace mss::testing {

// (finder.*find)(text, tokens, covered): &AliasMatcher::match, &PersonFinder::find.
template <typename Finder, typename Find>
std::vector<EntityMention> mentions_in(const std::string& text, const std::string& stopwords,
                                       const Finder& finder, Find find) {
    Analyzer analyzer{StopwordList::parse(stopwords)};
    const auto tokens = analyzer.analyze(text);
    std::vector<bool> covered(tokens.size(), false);
    return (finder.*find)(text, tokens, covered);
}

}  // namespace mss::testing
