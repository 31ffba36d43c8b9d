// Suggests the likely spelling of a query whose words no article has ("Murkomin" -> "Murkomen"),
// from the words of the index itself: no separate dictionary to keep in step, and every
// suggestion is a word some article contains.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "entities/entity_registry.h"
#include "query/query_builder.h"
#include "spelling/vocabulary.h"

namespace mss {

// Edits (insert, delete, substitute, swap two neighbours) between two strings of bytes, or
// `limit` + 1 when there are more than `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

class SpellingSuggester {
  public:
    // `vocabulary` holds the words of `database` once read; keep it across searches of the same
    // database revision.
    SpellingSuggester(const Xapian::Database& database, Vocabulary& vocabulary, Analyzer& analyzer,
                      const EntityRegistry& entities)
        : database_(database), vocabulary_(vocabulary), analyzer_(analyzer), entities_(entities) {}

    // `query` with each word the index has in no form replaced by its likely spelling, or nothing
    // when no word needs it. A word the index has in any form (a stem, a hyphenated or joined
    // compound: "Kenya-led", "Portauprince"; the word as French or Creole reads it:
    // "l'aéroport"), a known entity name, an acronym (all capitals:
    // "MSS"), a word with digits and a short word are never changed; a suggestion is never
    // another form of the same word.
    std::optional<std::string> suggest(std::string_view query,
                                       const std::vector<TypedWord>& words) const;

  private:
    std::optional<std::string> better_spelling(std::string_view typed) const;
    // True when French or Creole reads `typed` as a stopword, or as a word the index has in
    // their forms ("l'aéroport" is "aeroport" in French): no correction then.
    bool known_in_other_language(std::string_view typed) const;

    const Xapian::Database& database_;
    Vocabulary& vocabulary_;
    Analyzer& analyzer_;
    const EntityRegistry& entities_;
};

}  // namespace mss
