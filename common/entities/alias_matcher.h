// Finds the registry's names, aliases and cues in analysed text: a gazetteer over token sequences.
// The one alias scanner: the indexer tags entities with it, the query builder finds the entities
// a query's words name with it, and the highlighter marks their mentions with it, so the case
// rules below hold alike in articles, in queries and in highlights.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer.h"
#include "entities/entity_mention.h"
#include "entities/entity_registry.h"
#include "entities/letter_case.h"

namespace mss {

// One alias found in a text: tokens [first, last], and the entity it is a name or a cue of.
struct AliasMatch {
    EntityKind kind;
    const std::string* id;     // owned by the matcher
    const std::string* name;   // the entity's display name, owned by the matcher
    const std::string* alias;  // as written in the data, owned by the matcher
    std::size_t first;
    std::size_t last;  // inclusive
    bool is_name;      // false: a cue ("Kenyan", "Washington"), which tags but does not name
};

// What a scan looks for: every alias and cue (an article being tagged, a mention to highlight),
// or names only (a query's free words, which mean an entity only when they name it).
enum class AliasScope { kNamesAndCues, kNamesOnly };

// Built once from a registry and independent of it afterwards (it keeps its own copy of what it
// reports); scan() and match() are const and thread-safe.
class AliasMatcher {
  public:
    explicit AliasMatcher(const EntityRegistry& registry);

    // Scans left to right, taking the longest alias that starts at each token, so "Haitian
    // National Police" is the police, not the country. An alias matches when its words equal the
    // tokens' index forms, the tokens are not split by punctuation, and the text is capitalised
    // at least as the alias is: an all-capitals alias ("US", "MSS") only matches all capitals, a
    // capitalised one ("Chad", "Jordan") only a capitalised word. A one-word country name that
    // ends a longer capitalised name ("New Jersey", "Michael Jordan") is not the country. Tokens
    // already covered are skipped; sets covered[i] for every token inside a match. A word after a
    // French elision is compared, case included, without it: "d'Haïti" is "Haïti", "l’ONU" is
    // "ONU" (all capitals), and the mention starts after the apostrophe.
    std::vector<AliasMatch> scan(std::string_view text, const std::vector<Token>& tokens,
                                 std::vector<bool>& covered, AliasScope scope) const;

    // scan() of every alias and cue, as mentions with byte offsets into `text`.
    std::vector<EntityMention> match(std::string_view text, const std::vector<Token>& tokens,
                                     std::vector<bool>& covered) const;

  private:
    struct Target {
        EntityKind kind;
        std::string id;
        std::string name;
    };
    struct Candidate {
        std::size_t target;                // index into targets_
        std::string alias;                 // as written in the data
        std::vector<WordCase> word_cases;  // one per word of the alias
        bool is_name;
    };

    const Candidate* accept(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t first, const std::vector<Candidate>& candidates,
                            AliasScope scope) const;

    std::vector<Target> targets_;
    std::unordered_map<std::string, std::vector<Candidate>> by_key_;
    std::unordered_set<std::string> first_words_;
    std::size_t longest_words_ = 0;
};

// True when the text between two neighbouring words keeps them in one name: spaces, a hyphen, a
// dot ("U.N. Security Council"), a bare line break (hard-wrapped text), but no comma, bracket,
// quote or paragraph break.
bool joins_name_words(std::string_view gap);

}  // namespace mss
