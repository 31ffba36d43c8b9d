#include "query/query_compiler.h"

#include <set>

#include "schema.h"

namespace mss {

using Kind = QueryNode::Kind;

Xapian::Query all_of(const std::vector<Xapian::Query>& parts) {
    return parts.size() == 1 ? parts.front()
                             : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

Xapian::Query any_of(const std::vector<Xapian::Query>& parts) {
    return parts.size() == 1 ? parts.front()
                             : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query guarded(const Xapian::Query& positional, const Xapian::Query& guard) {
    // Xapian checks positions after the AND of the phrase's words and the guard, so the guard
    // meets every candidate (AndContext's positional filters).
    return guard.empty() ? positional : Xapian::Query(Xapian::Query::OP_AND, positional, guard);
}

Xapian::Query phrase_of(const std::vector<Xapian::Query>& words, const Xapian::Query& guard) {
    return words.size() == 1
               ? words.front()
               : guarded(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                                       static_cast<Xapian::termcount>(words.size())),
                         guard);
}

Xapian::Query date_filter(const DateRange& range) {
    const auto slot = schema::kDateSlot;
    if (range.from && range.to) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, schema::date_value(*range.from),
                             schema::date_value(*range.to));
    }
    if (range.from) {
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, schema::date_value(*range.from));
    }
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, schema::date_value(*range.to));
}

Xapian::Query any_dated() {
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, std::string("0"));
}

void QueryCompiler::add_to(Conjunction& parts, const std::vector<const QueryNode*>& nodes) {
    parts.positional_guard = context_.positional_guard;
    for (std::size_t i = 0; i < nodes.size();) {
        const QueryNode& node = *nodes[i];
        if (node.kind == Kind::kWord && !node.prefix) {
            i += add_words(parts, nodes, i);
            continue;
        }
        ++i;
        if (node.kind == Kind::kNot) {
            if (auto excluded = compile(node.children.front())) {
                parts.excluded.push_back(excluded->query);
            }
            continue;
        }
        if (auto compiled = compile(node)) {
            // A field holds in every hit; a phrase, a prefix or a group is let go whole,
            // like a word, never split into its words.
            auto& role = !compiled->scored           ? parts.filters
                         : node.kind == Kind::kField ? parts.scored
                                                     : parts.words;
            role.push_back(compiled->query);
        }
    }
}

std::optional<Compiled> QueryCompiler::combine(const Conjunction& parts, bool relaxed,
                                               bool proximity) {
    if (parts.words.empty() && parts.scored.empty() && parts.filters.empty() &&
        parts.excluded.empty()) {
        return std::nullopt;
    }
    Compiled out;
    if (!parts.words.empty() || !parts.scored.empty()) {
        std::vector<Xapian::Query> required = parts.scored;
        if (relaxed && !parts.words.empty()) {
            required.push_back(any_of(parts.words));
        } else {
            required.insert(required.end(), parts.words.begin(), parts.words.end());
        }
        out.query = all_of(required);
        out.scored = true;
        if (!parts.filters.empty()) {
            out.query = Xapian::Query(Xapian::Query::OP_FILTER, out.query, all_of(parts.filters));
        }
    } else if (!parts.filters.empty()) {
        out.query = all_of(parts.filters);
    } else {
        out.query = Xapian::Query::MatchAll;
    }
    if (!parts.excluded.empty()) {
        out.query = Xapian::Query(Xapian::Query::OP_AND_NOT, out.query, any_of(parts.excluded));
    }
    if (!relaxed && proximity) {
        out.query = with_proximity_windows(out.query, parts.near_words, parts.positional_guard);
    }
    return out;
}

std::optional<Compiled> QueryCompiler::compile(const QueryNode& node) {
    switch (node.kind) {
        case Kind::kAnd: {
            Conjunction parts;
            std::vector<const QueryNode*> children;
            for (const QueryNode& child : node.children) {
                children.push_back(&child);
            }
            add_to(parts, children);
            return combine(parts, false);
        }
        case Kind::kOr: {
            std::vector<Xapian::Query> alternatives;
            bool scored = false;
            for (const QueryNode& child : node.children) {
                if (auto compiled = compile(child)) {
                    alternatives.push_back(compiled->query);
                    scored = scored || compiled->scored;
                }
            }
            if (alternatives.empty()) {
                return std::nullopt;
            }
            return Compiled{any_of(alternatives), scored};
        }
        case Kind::kWord:
            if (node.prefix) {
                return prefix_word(node);
            }
            [[fallthrough]];
        case Kind::kNot: {
            Conjunction parts;
            add_to(parts, {&node});
            return combine(parts, false);
        }
        case Kind::kPhrase:
            return phrase(node.text);
        case Kind::kField:
            return field(node);
    }
    return std::nullopt;
}

// The words of a phrase as each language reads them ("l'aéroport" is "laeroport" in English,
// "aeroport" in French): the article matches one of them exactly.
std::optional<Compiled> QueryCompiler::phrase(std::string_view text) {
    std::vector<Xapian::Query> readings;
    std::set<std::vector<std::string>> seen;
    for (const Language language : languages_) {
        const auto tokens = context_.analyzer.analyze(text, language);
        std::vector<Xapian::Query> words;
        std::vector<std::string> spelled;
        for (const Token& token : tokens) {
            words.emplace_back(token.word);
            spelled.push_back(token.word);
        }
        if (words.empty() || !seen.insert(spelled).second) {
            continue;
        }
        readings.push_back(phrase_of(words, context_.positional_guard));
        highlight_phrase(tokens);
    }
    if (readings.empty()) {
        return std::nullopt;
    }
    return Compiled{any_of(readings), true};
}

// A phrase is marked as one run of words; a one-word phrase as that word.
void QueryCompiler::highlight_phrase(const std::vector<Token>& tokens) {
    if (tokens.size() == 1) {
        terms_.words.insert(tokens.front().word);
        return;
    }
    std::vector<std::string> words;
    for (const Token& token : tokens) {
        words.push_back(token.word);
    }
    terms_.phrases.push_back(std::move(words));
}

// Every indexed word with this stem: the stem term of the words that stem to something else,
// and the stem itself as a word, since a word that is its own stem has no stem term
// (docs/SCHEMA.md). A stem that is a stopword is only ever a stem term: the stopword itself
// is not one of its forms.
Xapian::Query QueryCompiler::any_form(const std::string& stem_prefix,
                                      const std::string& word_prefix, const std::string& stem,
                                      Language language) const {
    if (stem_prefix.empty()) {
        return Xapian::Query(word_prefix + stem);
    }
    const Xapian::Query stem_term(stem_prefix + stem);
    if (context_.analyzer.stopwords(language).contains(stem)) {
        return stem_term;
    }
    return Xapian::Query(Xapian::Query::OP_SYNONYM, stem_term, Xapian::Query(word_prefix + stem));
}

}  // namespace mss
