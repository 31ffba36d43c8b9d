// Free words: each in its forms, and the words that name an entity as that entity.
#include "query/query_compiler.h"

#include <algorithm>
#include <set>

#include "schema.h"

namespace mss {

using Kind = QueryNode::Kind;

// Adds the run of plain words that starts at nodes[first] to `parts`, grouping the words
// that are a name of an entity (as the indexer's scanner finds names in an article:
// "Haitian National Police", "US" but not "us"); returns how many nodes it used.
std::size_t QueryCompiler::add_words(Conjunction& parts, const std::vector<const QueryNode*>& nodes,
                                     std::size_t first) {
    std::size_t end = first;
    std::string text;
    std::vector<std::size_t> starts;  // byte offset of each node's text in `text`
    while (end < nodes.size() && nodes[end]->kind == Kind::kWord && !nodes[end]->prefix) {
        text += end == first ? "" : " ";
        starts.push_back(text.size());
        text += nodes[end]->text;
        ++end;
    }
    const auto node_at = [&](std::size_t byte) {
        return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), byte) -
                                        starts.begin() - 1);
    };
    const auto node_end = [&](std::size_t k) {
        return k + 1 < starts.size() ? starts[k + 1] - 1 : text.size();
    };
    // Each node's group: the last node of the name it starts, and the entity named, when
    // the name is the whole of those nodes ("Kenya-led" is more than the name "Kenya", and
    // "U.S.-Haiti" two names: both are searched as the words they are).
    const std::size_t count = end - first;
    std::vector<std::size_t> group_end(count);
    std::vector<const Entity*> named(count, nullptr);
    for (std::size_t k = 0; k < count; ++k) {
        group_end[k] = k;
    }
    const std::vector<Token> tokens = context_.analyzer.analyze(text);
    std::vector<bool> covered(tokens.size(), false);
    for (const AliasMatch& found :
         context_.aliases.scan(text, tokens, covered, AliasScope::kNamesOnly)) {
        const std::size_t from = node_at(tokens[found.first].begin);
        const std::size_t to = node_at(tokens[found.last].end - 1);
        const bool whole_nodes =
            (found.first == 0 || tokens[found.first - 1].end <= starts[from]) &&
            (found.last + 1 == tokens.size() || tokens[found.last + 1].begin >= node_end(to));
        if (whole_nodes) {
            group_end[from] = to;
            named[from] = context_.entities.find(found.kind, *found.id);
        }
    }
    for (std::size_t k = 0; k < count; k = group_end[k] + 1) {
        std::string words = nodes[first + k]->text;
        for (std::size_t j = k + 1; j <= group_end[k]; ++j) {
            words += " " + nodes[first + j]->text;
        }
        if (named[k] != nullptr) {
            add_entity_name(parts, words, *named[k]);
        } else {
            add_word_group(parts, words);
        }
    }
    return count;
}

// Words typed as free text: each matches in any inflection (by stem); a hyphenated word
// ("Port-au-Prince") matches as a phrase.
void QueryCompiler::add_word_group(Conjunction& parts, const std::string& text) {
    if (languages_.size() != 1 || languages_.front() != Language::kEnglish) {
        add_word_in_languages(parts, text);
        return;
    }
    const std::vector<Token> tokens = context_.analyzer.analyze(text);
    std::vector<Xapian::Query> stems, words;
    for (const Token& token : tokens) {
        words.emplace_back(token.word);
        if (!token.stopword || keep_stopwords_) {
            stems.push_back(token.stopword ? Xapian::Query(token.word)
                                           : any_form(schema::kStemPrefix, "", token.stem));
            (token.stopword ? terms_.words : terms_.stems)
                .insert(token.stopword ? token.word : token.stem);
        }
    }
    if (stems.empty()) {
        return;  // only stopwords: they narrow nothing
    }
    if (tokens.size() > 1) {
        // One typed word the analyser splits ("Port-au-Prince", "U.S."): its parts in order.
        parts.words.push_back(phrase_of(words, context_.positional_guard));
        highlight_phrase(tokens);
        return;
    }
    parts.near_words.push_back(near_forms(tokens.front()));
    parts.words.push_back(all_of(stems));
}

// A free word where the index holds articles of more than one language, or of one other than
// English: in each language its forms there (French reads "l'aéroport" as "aeroport", English as
// "laeroport"), all of them one synonym, so the word weighs as one term whichever language
// matched. A word that is a stopword in some of the languages ("la" in French, "the" in English)
// is not required of their articles, and never weighs: "la police" finds the French articles
// that write "police", and the others only where they write "la" too.
void QueryCompiler::add_word_in_languages(Conjunction& parts, const std::string& text) {
    std::vector<Xapian::Query> readings, near, stopped_in;
    std::set<std::string> seen;
    for (const Language language : languages_) {
        const std::vector<Token> tokens = context_.analyzer.analyze(text, language);
        if (tokens.empty()) {
            continue;
        }
        if (tokens.size() > 1) {
            // One typed word the analyser splits ("Port-au-Prince"): its parts in order.
            std::vector<Xapian::Query> words;
            for (const Token& token : tokens) {
                words.emplace_back(token.word);
            }
            // Unguarded: a synonym asks its parts for estimates a posting source cannot give
            // (QueryContext::positional_guard).
            const Xapian::Query phrase = phrase_of(words, Xapian::Query());
            if (seen.insert(phrase.get_description()).second) {
                readings.push_back(phrase);
                highlight_phrase(tokens);
            }
            continue;
        }
        const Token& token = tokens.front();
        if (token.stopword && !keep_stopwords_) {
            stopped_in.emplace_back(schema::language_term(language));
            continue;
        }
        const Xapian::Query forms =
            token.stopword ? Xapian::Query(token.word)
                           : any_form(schema::stem_prefix(language), "", token.stem, language);
        if (token.stopword) {
            terms_.words.insert(token.word);
        } else {
            remember_stem(token, language);
        }
        if (seen.insert(forms.get_description()).second) {
            readings.push_back(forms);
            near.push_back(near_forms(token));
        }
    }
    if (readings.empty()) {
        return;  // a stopword in every language: it narrows nothing
    }
    Xapian::Query word = readings.size() == 1 ? readings.front()
                                              : Xapian::Query(Xapian::Query::OP_SYNONYM,
                                                              readings.begin(), readings.end());
    if (!stopped_in.empty()) {
        ++partly_stopped_;
        parts.words.push_back(Xapian::Query(
            Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, word, 0.0),
            any_of(stopped_in)));
        return;
    }
    if (!near.empty()) {
        parts.near_words.push_back(any_of(near));
    }
    parts.words.push_back(word);
}

// The stem a free word matched by, for the highlighter: Creole words are their own forms.
void QueryCompiler::remember_stem(const Token& token, Language language) {
    switch (language) {
        case Language::kEnglish:
            terms_.stems.insert(token.stem);
            break;
        case Language::kFrench:
            terms_.french_stems.insert(token.stem);
            break;
        case Language::kHaitianCreole:
            terms_.words.insert(token.word);
            break;
    }
}

// Words that are a name of a known entity match the articles where the indexer recognised a
// name of it, whichever it writes ("Barbeque" finds "Chérizier", "PNH" finds "Haitian
// National Police"), and rank by how often they write them. The folded word alone is not
// searched: the index keeps no case, so it would find the pronoun "us" for "US" and a recipe's
// "barbecue" for Chérizier's nickname; a cue ("Kenyan") never names the entity.
void QueryCompiler::add_entity_name(Conjunction& parts, const std::string& text,
                                    const Entity& entity) {
    const std::vector<Token> typed = context_.analyzer.analyze(text);
    const Xapian::Query named(schema::named_entity_term(entity.kind, entity.id));
    terms_.named_entities.emplace(entity.kind, entity.id);
    std::vector<Xapian::Query> spellings;
    for (const std::string& alias : entity.aliases) {
        std::vector<Xapian::Query> alias_words;
        for (const Token& token : context_.analyzer.analyze(alias)) {
            alias_words.emplace_back(token.word);
        }
        if (!alias_words.empty()) {
            // Unguarded, as under any synonym; the registry's aliases are few and short.
            spellings.push_back(phrase_of(alias_words, Xapian::Query()));
        }
    }
    if (spellings.empty()) {
        parts.words.push_back(named);
        return;
    }
    // One synonym, not an OR: phrases naming the same occurrence must weigh as one term, or
    // an alias would count each mention several times over.
    const Xapian::Query any_spelling =
        spellings.size() == 1
            ? spellings.front()
            : Xapian::Query(Xapian::Query::OP_SYNONYM, spellings.begin(), spellings.end());
    // The names count twice, as the words and as the entity, as they did when the word
    // itself was searched beside the entity.
    const Xapian::Query tagged(Xapian::Query::OP_FILTER, any_spelling, named);
    parts.words.push_back(Xapian::Query(
        Xapian::Query::OP_AND_MAYBE, Xapian::Query(Xapian::Query::OP_OR, named, tagged), tagged));
    // A one-word name stands close to the other words as the word itself does.
    if (typed.size() == 1 && !typed.front().stopword) {
        parts.near_words.push_back(near_forms(typed.front()));
    }
}

}  // namespace mss
