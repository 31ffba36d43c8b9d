// Finds the registry's names and aliases in analysed text: a gazetteer over token sequences.
#pragma once

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

// Built once from a registry (which must outlive it); match() is const and thread-safe.
class AliasMatcher {
  public:
    explicit AliasMatcher(const EntityRegistry& registry);

    // Scans left to right, taking the longest alias that starts at each token, so "Haitian
    // National Police" is the police, not the country. An alias matches when its words equal the
    // tokens' index forms, the tokens are not split by punctuation, and the text is capitalised
    // at least as the alias is: an all-capitals alias ("US", "MSS") only matches all capitals, a
    // capitalised one ("Chad", "Jordan") only a capitalised word. Sets covered[i] for every token
    // inside a mention.
    std::vector<EntityMention> match(std::string_view text, const std::vector<Token>& tokens,
                                     std::vector<bool>& covered) const;

  private:
    struct Candidate {
        std::size_t entity;                // index into registry.entities()
        std::string alias;                 // as written in the data
        std::vector<WordCase> word_cases;  // one per word of the alias
    };

    const Candidate* accept(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t first, const std::vector<Candidate>& candidates) const;

    const EntityRegistry& registry_;
    std::unordered_map<std::string, std::vector<Candidate>> by_key_;
    std::unordered_set<std::string> first_words_;
    std::size_t longest_words_ = 0;
};

// True when the text between two neighbouring words keeps them in one name: spaces, a hyphen, a
// dot ("U.N. Security Council"), a bare line break (hard-wrapped text), but no comma, bracket,
// quote or paragraph break.
bool joins_name_words(std::string_view gap);

}  // namespace mss
