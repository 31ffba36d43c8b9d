#include "query/query_builder.h"

#include <algorithm>
#include <optional>

#include <mss/error.h>

#include "analysis/source_id.h"
#include "dates/iso_date.h"
#include "query/date_range_parser.h"
#include "query/entity_field.h"
#include "query/mentioned_dates.h"
#include "query/prefix_expansion.h"
#include "schema.h"

namespace mss {
namespace {

// Proximity windows, in words per query word: an article earns one boost for each window its
// query words fit in, so the closer they stand the more it gains ("Murkomen flagged off the
// third contingent" beats "Murkomen and his team waved the new contingent"); words paragraphs
// apart earn nothing.
constexpr Xapian::termcount kNearWindowsPerWord[] = {1, 3, 6};
// Word forms a stem expands to inside the proximity boost (the most frequent ones).
constexpr Xapian::termcount kNearFormsPerWord = 8;
// Words a prefix* expands to, the most frequent first.
constexpr Xapian::termcount kPrefixExpansion = 200;

using Kind = QueryNode::Kind;

struct Compiled {
    Xapian::Query query;
    bool scored = false;  // false: a pure filter, which contributes no weight
};

Xapian::Query all_of(const std::vector<Xapian::Query>& parts) {
    return parts.size() == 1 ? parts.front()
                             : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

Xapian::Query any_of(const std::vector<Xapian::Query>& parts) {
    return parts.size() == 1 ? parts.front()
                             : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query phrase_of(const std::vector<Xapian::Query>& words) {
    return words.size() == 1 ? words.front()
                             : Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                                             static_cast<Xapian::termcount>(words.size()));
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

// Every dated article: dates are stored as digits, so all sort at or after "0".
Xapian::Query any_dated() {
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, std::string("0"));
}

class QueryCompiler {
  public:
    QueryCompiler(QueryContext& context, MatchTerms& terms, std::vector<std::string>& notes,
                  bool keep_stopwords)
        : context_(context), terms_(terms), notes_(notes), keep_stopwords_(keep_stopwords) {}

    // The parts of one AND, sorted by role; `relaxed` joins the scored parts with OR instead.
    struct Conjunction {
        std::vector<Xapian::Query> scored, filters, excluded, near_words;
    };

    void add_to(Conjunction& parts, const std::vector<const QueryNode*>& nodes) {
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
                (compiled->scored ? parts.scored : parts.filters).push_back(compiled->query);
            }
        }
    }

    // `proximity` false leaves out the proximity windows of a strict conjunction.
    static std::optional<Compiled> combine(const Conjunction& parts, bool relaxed,
                                           bool proximity = true) {
        if (parts.scored.empty() && parts.filters.empty() && parts.excluded.empty()) {
            return std::nullopt;
        }
        Compiled out;
        if (!parts.scored.empty()) {
            out.query = relaxed ? any_of(parts.scored) : all_of(parts.scored);
            out.scored = true;
            if (!parts.filters.empty()) {
                out.query =
                    Xapian::Query(Xapian::Query::OP_FILTER, out.query, all_of(parts.filters));
            }
        } else if (!parts.filters.empty()) {
            out.query = all_of(parts.filters);
        } else {
            out.query = Xapian::Query::MatchAll;
        }
        if (!parts.excluded.empty()) {
            out.query = Xapian::Query(Xapian::Query::OP_AND_NOT, out.query, any_of(parts.excluded));
        }
        // Articles where the words stand close together rank above those where they are far
        // apart: each window query adds its words' weight again when it matches.
        if (!relaxed && proximity && parts.near_words.size() >= 2) {
            const auto words = static_cast<Xapian::termcount>(parts.near_words.size());
            std::vector<Xapian::Query> windows;
            for (const Xapian::termcount per_word : kNearWindowsPerWord) {
                const Xapian::termcount window = per_word == 1 ? words + 1 : per_word * words;
                windows.emplace_back(Xapian::Query::OP_NEAR, parts.near_words.begin(),
                                     parts.near_words.end(), window);
            }
            out.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, out.query, any_of(windows));
        }
        return out;
    }

    std::optional<Compiled> compile(const QueryNode& node) {
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

  private:
    // word*: the indexed words starting with it, the most frequent first.
    std::optional<Compiled> prefix_word(const QueryNode& node) {
        const auto tokens = context_.analyzer.analyze(node.text);
        if (tokens.empty()) {
            return std::nullopt;
        }
        std::vector<Xapian::Query> parts;
        for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
            parts.emplace_back(tokens[i].word);
            terms_.words.insert(tokens[i].word);
        }
        const std::string& prefix = tokens.back().word;
        terms_.prefixes.insert(prefix);
        note_capped_expansion(prefix);
        if (parts.empty()) {
            return Compiled{expand_prefix(context_.database, prefix, kPrefixExpansion), true};
        }
        // Xapian 1.4 phrases take terms only ("kenya-pol*" threw UnimplementedError): one phrase
        // per word the prefix expands to. Without an index to expand against (parser tests,
        // fuzzing), the words and the prefix must all match.
        if (context_.database == nullptr) {
            return Compiled{Xapian::Query(Xapian::Query::OP_AND, phrase_of(parts),
                                          expand_prefix(nullptr, prefix, kPrefixExpansion)),
                            true};
        }
        std::vector<Xapian::Query> phrases;
        for (const std::string& word :
             most_frequent_words_starting(*context_.database, prefix, kPrefixExpansion)) {
            std::vector<Xapian::Query> words = parts;
            words.emplace_back(word);
            phrases.push_back(phrase_of(words));
        }
        return Compiled{phrases.empty() ? Xapian::Query::MatchNothing : any_of(phrases), true};
    }

    // A short prefix ("a*") would expand to a large share of the vocabulary, costing memory and
    // time in proportion; the expansion is capped and the user is told, rather than silently
    // searching a subset.
    void note_capped_expansion(const std::string& prefix) {
        if (context_.database == nullptr) {
            return;
        }
        Xapian::termcount words = 0;
        for (auto term = context_.database->allterms_begin(prefix);
             term != context_.database->allterms_end(prefix) && words <= kPrefixExpansion; ++term) {
            ++words;
        }
        if (words > kPrefixExpansion) {
            notes_.push_back("'" + prefix + "*' matches more than " +
                             std::to_string(kPrefixExpansion) + " words; only the " +
                             std::to_string(kPrefixExpansion) + " most frequent were searched");
        }
    }

    std::optional<Compiled> phrase(std::string_view text) {
        std::vector<Xapian::Query> words;
        const auto tokens = context_.analyzer.analyze(text);
        for (const Token& token : tokens) {
            words.emplace_back(token.word);
        }
        if (words.empty()) {
            return std::nullopt;
        }
        highlight_phrase(tokens);
        return Compiled{phrase_of(words), true};
    }

    // A phrase is marked as one run of words; a one-word phrase as that word.
    void highlight_phrase(const std::vector<Token>& tokens) {
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

    std::optional<Compiled> field(const QueryNode& node) {
        if (node.field == "date") {
            try {
                return Compiled{date_filter(parse_date_range(node.text, context_.now)), false};
            } catch (const QueryError& e) {
                throw QueryError(std::string("date: ") + e.what(), node.position + e.position());
            }
        }
        if (node.field == "mentions") {
            try {
                const DateRange range = parse_date_range(node.text, context_.now);
                return Compiled{mentioned_dates_query(context_.database, range), false};
            } catch (const QueryError& e) {
                throw QueryError(std::string("mentions: ") + e.what(),
                                 node.position + e.position());
            }
        }
        if (node.field == "title") {
            return title(node);
        }
        if (node.field == "source") {
            const std::string id = source_id(context_.analyzer, node.text);
            if (id.empty()) {
                throw QueryError("source: the value has no words", node.position);
            }
            return Compiled{Xapian::Query(schema::kSourcePrefix + id), false};
        }
        const auto kind = parse_kind(node.field);
        const EntityFieldQuery resolved =
            entity_field_query(*kind, node.text, node.position, context_.entities,
                               context_.analyzer, terms_, context_.database);
        return Compiled{resolved.query, !resolved.is_filter};
    }

    std::optional<Compiled> title(const QueryNode& node) {
        const auto tokens = context_.analyzer.analyze(node.text);
        if (tokens.empty()) {
            throw QueryError("title: the value has no words", node.position);
        }
        if (tokens.size() == 1 && !node.quoted) {
            terms_.stems.insert(tokens.front().stem);
            return Compiled{
                any_form(schema::kTitleStemPrefix, schema::kTitlePrefix, tokens.front().stem),
                true};
        }
        std::vector<Xapian::Query> words;
        for (const Token& token : tokens) {
            words.emplace_back(schema::kTitlePrefix + token.word);
        }
        highlight_phrase(tokens);
        return Compiled{phrase_of(words), true};
    }

    // Adds the word at nodes[first] (or the longest run of words from there that names an
    // entity) to `parts`; returns how many nodes it used.
    std::size_t add_words(Conjunction& parts, const std::vector<const QueryNode*>& nodes,
                          std::size_t first) {
        const std::size_t longest =
            std::max<std::size_t>(1, context_.entities.longest_alias_words());
        for (std::size_t count = std::min(longest, nodes.size() - first); count >= 1; --count) {
            std::string text;
            bool plain_words = true;
            for (std::size_t i = first; i < first + count; ++i) {
                plain_words = plain_words && nodes[i]->kind == Kind::kWord && !nodes[i]->prefix;
                text += (text.empty() ? "" : " ") + nodes[i]->text;
            }
            if (!plain_words) {
                continue;
            }
            const auto entities = context_.entities.with_alias_key(alias_key(text));
            if (!entities.empty() || count == 1) {
                add_word_group(parts, text, entities);
                return count;
            }
        }
        return 1;
    }

    // Words typed as free text: each matches in any inflection (by stem); a hyphenated word
    // ("Port-au-Prince") matches as a phrase. When the words are an alias of known entities,
    // the entities' other names and their entity terms match too (aliases are synonyms), and an
    // article where the words are the tagged entity counts them twice.
    void add_word_group(Conjunction& parts, const std::string& text,
                        const std::vector<const Entity*>& entities) {
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
        if (stems.empty() && entities.empty()) {
            return;  // only stopwords: they narrow nothing
        }
        Xapian::Query text_match;
        if (tokens.size() > 1 && entities.empty()) {
            // One typed word the analyser splits ("Port-au-Prince", "U.S."): its parts in order.
            text_match = phrase_of(words);
            highlight_phrase(tokens);
        } else if (!stems.empty()) {
            text_match = all_of(stems);
        }
        if (tokens.size() == 1 && !stems.empty()) {
            parts.near_words.push_back(near_forms(tokens.front()));
        }
        if (entities.empty()) {
            parts.scored.push_back(text_match);
            return;
        }
        std::vector<Xapian::Query> spellings, entity_terms;
        if (!text_match.empty()) {
            spellings.push_back(text_match);
        }
        for (const Entity* entity : entities) {
            entity_terms.emplace_back(entity_term(entity->kind, entity->id));
            for (const std::string& alias : entity->aliases) {
                terms_.alias_keys.insert(alias_key(alias));
                std::vector<Xapian::Query> alias_words;
                for (const Token& token : context_.analyzer.analyze(alias)) {
                    alias_words.emplace_back(token.word);
                }
                if (!alias_words.empty()) {
                    spellings.push_back(phrase_of(alias_words));
                }
            }
        }
        // One synonym, not an OR: the stem, the word and a phrase naming the same occurrence
        // must weigh as one term, or an alias would count each mention several times over.
        const Xapian::Query any_spelling =
            spellings.size() == 1
                ? spellings.front()
                : Xapian::Query(Xapian::Query::OP_SYNONYM, spellings.begin(), spellings.end());
        const Xapian::Query any_entity = any_of(entity_terms);
        const Xapian::Query tagged(Xapian::Query::OP_FILTER, any_spelling, any_entity);
        parts.scored.push_back(
            Xapian::Query(Xapian::Query::OP_AND_MAYBE,
                          Xapian::Query(Xapian::Query::OP_OR, any_spelling, any_entity), tagged));
    }

    // Every indexed word with this stem: the stem term of the words that stem to something else,
    // and the stem itself as a word, since a word that is its own stem has no stem term
    // (docs/SCHEMA.md). A stem that is a stopword is only ever a stem term: the stopword itself
    // is not one of its forms.
    Xapian::Query any_form(const std::string& stem_prefix, const std::string& word_prefix,
                           const std::string& stem) const {
        const Xapian::Query stem_term(stem_prefix + stem);
        if (context_.analyzer.stopwords().contains(stem)) {
            return stem_term;
        }
        return Xapian::Query(Xapian::Query::OP_SYNONYM, stem_term,
                             Xapian::Query(word_prefix + stem));
    }

    // The positional forms of a typed word for the proximity window: the word itself and the
    // indexed words that start with its stem ("contingent", "contingents").
    Xapian::Query near_forms(const Token& token) const {
        if (token.stem == token.word || token.stem.size() < 3) {
            return Xapian::Query(token.word);
        }
        return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(token.word),
                             expand_prefix(context_.database, token.stem, kNearFormsPerWord));
    }

    QueryContext& context_;
    MatchTerms& terms_;
    std::vector<std::string>& notes_;
    bool keep_stopwords_;
};

}  // namespace

namespace {

std::string date_flag(const std::string& value, bool is_end, const std::string& now) {
    try {
        return resolve_date_bound(value, is_end, now);
    } catch (const QueryError& e) {
        throw Error(std::string(is_end ? "--to" : "--from") + " " + value + ": " + e.what(),
                    ExitCode::kUsage);
    }
}

// --person, --country, --org and --place: values of one flag are alternatives.
void add_entity_flags(QueryCompiler::Conjunction& parts, const SearchRequest& request,
                      QueryContext& context, MatchTerms& terms) {
    const std::pair<EntityKind, const std::vector<std::string>*> flags[] = {
        {EntityKind::kPerson, &request.persons},
        {EntityKind::kCountry, &request.countries},
        {EntityKind::kOrganisation, &request.organisations},
        {EntityKind::kPlace, &request.places}};
    for (const auto& [kind, values] : flags) {
        std::vector<Xapian::Query> alternatives;
        for (const std::string& value : *values) {
            alternatives.push_back(entity_field_query(kind, value, 0, context.entities,
                                                      context.analyzer, terms, context.database)
                                       .query);
        }
        if (!alternatives.empty()) {
            parts.filters.push_back(any_of(alternatives));
        }
    }
}

void collect_free_words(const QueryNode& node, std::vector<TypedWord>& words) {
    if (node.kind == Kind::kWord && !node.prefix) {
        words.push_back({node.text, node.position});
    } else if (node.kind == Kind::kAnd || node.kind == Kind::kOr) {
        for (const QueryNode& child : node.children) {
            collect_free_words(child, words);
        }
    }
}

}  // namespace

BuiltQuery build_query(const QueryNode& root, const SearchRequest& request, QueryContext& context) {
    if (!is_valid_iso_date(context.now)) {
        throw Error("--now must be a day written YYYY-MM-DD, not '" + context.now + "'",
                    ExitCode::kUsage);
    }
    std::vector<const QueryNode*> nodes;
    if (root.kind == Kind::kAnd) {
        for (const QueryNode& child : root.children) {
            nodes.push_back(&child);
        }
    } else {
        nodes.push_back(&root);
    }
    // Top-level dates are kept apart so the undated articles they leave out can be counted.
    std::vector<const QueryNode*> date_nodes, others;
    for (const QueryNode* node : nodes) {
        const bool is_date = node->kind == Kind::kField && node->field == "date";
        (is_date ? date_nodes : others).push_back(node);
    }
    std::optional<Xapian::Query> flag_dates;
    if (request.dates.from || request.dates.to) {
        DateRange range;
        if (request.dates.from) {
            range.from = date_flag(*request.dates.from, false, context.now);
        }
        if (request.dates.to) {
            range.to = date_flag(*request.dates.to, true, context.now);
        }
        if (range.from && range.to && *range.from > *range.to) {
            throw Error("--to " + *range.to + " is before --from " + *range.from, ExitCode::kUsage);
        }
        flag_dates = date_filter(range);
    }
    // A query of stopwords alone ("the who") still searches them, exactly.
    for (const bool keep_stopwords : {false, true}) {
        BuiltQuery built;
        QueryCompiler compiler(context, built.terms, built.notes, keep_stopwords);
        std::vector<Xapian::Query> dates;
        if (flag_dates) {
            dates.push_back(*flag_dates);
        }
        for (const QueryNode* node : date_nodes) {
            dates.push_back(compiler.compile(*node)->query);
        }
        QueryCompiler::Conjunction parts;
        compiler.add_to(parts, others);
        add_entity_flags(parts, request, context, built.terms);
        const auto base = QueryCompiler::combine(parts, false);
        if (!base && dates.empty()) {
            continue;
        }
        const Xapian::Query all = base ? base->query : Xapian::Query::MatchAll;
        built.strict = all;
        if (!dates.empty()) {
            built.strict = Xapian::Query(Xapian::Query::OP_FILTER, all, all_of(dates));
            built.undated_probe = Xapian::Query(Xapian::Query::OP_AND_NOT, all, any_dated());
        }
        if (base && parts.near_words.size() >= 2) {
            built.strict_without_proximity = QueryCompiler::combine(parts, false, false)->query;
            if (!dates.empty()) {
                built.strict_without_proximity = Xapian::Query(
                    Xapian::Query::OP_FILTER, built.strict_without_proximity, all_of(dates));
            }
        }
        if (parts.scored.size() >= 2) {
            built.relaxed = QueryCompiler::combine(parts, true)->query;
            if (!dates.empty()) {
                built.relaxed =
                    Xapian::Query(Xapian::Query::OP_FILTER, built.relaxed, all_of(dates));
            }
        }
        return built;
    }
    throw QueryError("query has no words to search for", 0);
}

std::vector<TypedWord> free_words(const QueryNode& root) {
    std::vector<TypedWord> words;
    collect_free_words(root, words);
    return words;
}

}  // namespace mss
