#include "entities/alias_matcher.h"

#include "analysis/word_form.h"
#include "analysis/word_tokenizer.h"
#include "entities/elided_name.h"

namespace mss {
namespace {

bool case_allows(WordCase alias_case, WordCase text_case) {
    switch (alias_case) {
        case WordCase::kUpper:
            return text_case == WordCase::kUpper;
        case WordCase::kCapitalised:
            return text_case != WordCase::kLower;
        case WordCase::kLower:
            return true;
    }
    return false;
}

std::string_view token_text(std::string_view text, const Token& token) {
    return text.substr(token.begin, token.end - token.begin);
}

// The words of a text as names are looked up: a token's index form, or the form of what follows
// an elision ("d'Haïti" -> "haiti"), which is then kept here; a text with no elision (every
// English one) copies nothing.
class NameWords {
  public:
    NameWords(std::string_view text, const std::vector<Token>& tokens) : tokens_(tokens) {
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const std::string_view raw = token_text(text, tokens[i]);
            if (after_elision(raw).size() != raw.size()) {
                elided_.resize(tokens.size());
                elided_[i] = name_word(raw);
            }
        }
    }
    const std::string& at(std::size_t i) const { return elided(i) ? elided_[i] : tokens_[i].word; }
    bool elided(std::size_t i) const { return !elided_.empty() && !elided_[i].empty(); }

  private:
    const std::vector<Token>& tokens_;
    std::vector<std::string> elided_;
};

// "New Jersey", "New England", "Michael Jordan": a one-word country name (not a cue: "Maxwell's
// British Printing" is British) right after another
// capitalised word (not a stopword, not already part of a mention, in mixed-case text, where
// capitals say something) is the end of a longer name, not the country. "U.S.-Japan" and
// "of Jordan" keep their country.
bool ends_longer_name(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                      const std::vector<bool>& covered) {
    if (i == 0 || covered[i - 1] || tokens[i - 1].stopword) {
        return false;
    }
    const Token& before = tokens[i - 1];
    const std::string_view gap = text.substr(before.end, tokens[i].begin - before.end);
    return (gap == " " || gap == "\n") &&
           word_case(text.substr(before.begin, before.end - before.begin)) ==
               WordCase::kCapitalised &&
           word_case(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)) ==
               WordCase::kCapitalised;
}

}  // namespace

bool joins_name_words(std::string_view gap) {
    if (gap == "\n") {  // a hard-wrapped line, as in wire copy; an indent would start a paragraph
        return true;
    }
    return gap.find_first_of(",;:()[]{}!?\"\n") == std::string_view::npos &&
           gap.find("\u201c") == std::string_view::npos &&
           gap.find("\u201d") == std::string_view::npos && gap.size() <= 4;
}

AliasMatcher::AliasMatcher(const EntityRegistry& registry) {
    WordTokenizer tokenizer;
    const auto& entities = registry.entities();
    for (const Entity& entity : entities) {
        targets_.push_back({entity.kind, entity.id, entity.name});
        const auto add = [&](const std::string& alias, bool is_name) {
            Candidate candidate{targets_.size() - 1, alias, {}, is_name};
            std::string key, first_word;
            for (const WordSpan& span : tokenizer.split(alias)) {
                const std::string_view word =
                    std::string_view(alias).substr(span.begin, span.end - span.begin);
                const std::string folded = name_word(word);
                if (folded.empty()) {
                    continue;
                }
                if (key.empty()) {
                    first_word = folded;
                } else {
                    key += ' ';
                }
                key += folded;
                candidate.word_cases.push_back(word_case(after_elision(word)));
            }
            if (key.empty()) {
                return;
            }
            auto& candidates = by_key_[key];
            for (const auto& existing : candidates) {
                if (existing.target == candidate.target &&
                    existing.word_cases == candidate.word_cases) {
                    return;  // the same spelling twice (a name also listed as a cue)
                }
            }
            longest_words_ = std::max(longest_words_, candidate.word_cases.size());
            first_words_.insert(first_word);
            candidates.push_back(std::move(candidate));
        };
        for (const std::string& alias : entity.aliases) {
            add(alias, true);
        }
        for (const std::string& cue : entity.cues) {
            add(cue, false);
        }
    }
}

const AliasMatcher::Candidate* AliasMatcher::accept(std::string_view text,
                                                    const std::vector<Token>& tokens,
                                                    std::size_t first,
                                                    const std::vector<Candidate>& candidates,
                                                    AliasScope scope) const {
    for (const Candidate& candidate : candidates) {
        bool ok = candidate.is_name || scope == AliasScope::kNamesAndCues;
        for (std::size_t k = 0; ok && k < candidate.word_cases.size(); ++k) {
            const Token& token = tokens[first + k];
            ok = case_allows(candidate.word_cases[k],
                             word_case(after_elision(token_text(text, token))));
        }
        if (ok) {
            return &candidate;
        }
    }
    return nullptr;
}

std::vector<AliasMatch> AliasMatcher::scan(std::string_view text, const std::vector<Token>& tokens,
                                           std::vector<bool>& covered, AliasScope scope) const {
    std::vector<AliasMatch> found;
    const NameWords words(text, tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (covered[i] || first_words_.count(words.at(i)) == 0) {
            continue;
        }
        // Keys of every run starting at i, shortest first; then try them longest first.
        std::vector<std::string> keys{words.at(i)};
        for (std::size_t j = i + 1;
             j < tokens.size() && j - i < longest_words_ && !covered[j] &&
             joins_name_words(text.substr(tokens[j - 1].end, tokens[j].begin - tokens[j - 1].end));
             ++j) {
            keys.push_back(keys.back() + ' ' + words.at(j));
        }
        for (std::size_t n = keys.size(); n > 0; --n) {
            const auto candidates = by_key_.find(keys[n - 1]);
            if (candidates == by_key_.end()) {
                continue;
            }
            const Candidate* candidate = accept(text, tokens, i, candidates->second, scope);
            if (candidate == nullptr) {
                continue;
            }
            const Target& target = targets_[candidate->target];
            // "République d'Haïti": a name after an elision starts afresh, as after "of".
            if (n == 1 && target.kind == EntityKind::kCountry && candidate->is_name &&
                !words.elided(i) && ends_longer_name(text, tokens, i, covered)) {
                continue;
            }
            found.push_back({target.kind, &target.id, &target.name, &candidate->alias, i, i + n - 1,
                             candidate->is_name});
            for (std::size_t k = i; k < i + n; ++k) {
                covered[k] = true;
            }
            i += n - 1;
            break;
        }
    }
    return found;
}

std::vector<EntityMention> AliasMatcher::match(std::string_view text,
                                               const std::vector<Token>& tokens,
                                               std::vector<bool>& covered) const {
    std::vector<EntityMention> mentions;
    for (const AliasMatch& found : scan(text, tokens, covered, AliasScope::kNamesAndCues)) {
        // "l’ONU": the mention is the name, without the elided article.
        const Token& first = tokens[found.first];
        const std::string_view first_text = token_text(text, first);
        EntityMention mention{found.kind,
                              *found.id,
                              *found.name,
                              first.end - after_elision(first_text).size(),
                              tokens[found.last].end,
                              (found.is_name ? "alias '" : "cue '") + *found.alias + "'"};
        mention.named = found.is_name;
        mentions.push_back(std::move(mention));
    }
    return mentions;
}

}  // namespace mss
