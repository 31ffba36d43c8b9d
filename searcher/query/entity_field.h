// Resolves the value of person:, country:, org: and place: (and the matching flags) to the
// canonical entity, whatever alias or spelling was typed.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "entities/entity_registry.h"
#include "facets/surname_link_cache.h"
#include "highlight/match_terms.h"

namespace mss {

// The boolean term the indexer adds for an entity: "XP" + "jimmy-cherizier".
std::string entity_term(EntityKind kind, std::string_view id);

struct EntityFieldQuery {
    Xapian::Query query;
    bool is_filter = false;  // true: entity terms; false: the name searched as words
    std::string note;        // for the user, when the value named no known entity
};

// A known entity becomes its term, whose wdf ranks the articles by how much they are about it.
// So does a person the indexer found by cues rather than in the registry, when `database` holds
// the term its name gives (words joined by '-', as the indexer makes such ids). A value that
// names neither matches the entities of its kind in `database` whose name is or ends in it
// (person:baker: "james-baker", "howard-baker"), and `note` says which. Only when there is none
// is the name searched as a phrase in the text, and `note` says so.
// A person's term comes with those of the ids the index's surname links count under the same
// person, read from `surname_links` (the searcher's, bound to `database`) or, when it is null,
// from `database` itself. `guard` goes with the phrase of a name that is searched in the text
// (QueryContext::positional_guard). Throws mss::QueryError at `position` when `value` has no
// words.
EntityFieldQuery entity_field_query(EntityKind kind, std::string_view value, std::size_t position,
                                    const EntityRegistry& registry, Analyzer& analyzer,
                                    MatchTerms& terms, const Xapian::Database* database,
                                    const Xapian::Query& guard,
                                    SurnameLinkCache* surname_links = nullptr);

}  // namespace mss
