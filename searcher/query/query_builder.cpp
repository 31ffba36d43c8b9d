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
#include "stories/more_like_this.h"

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

    // The parts of one AND, sorted by role. `words` are the free words, phrases, prefixes and
    // groups, the only parts a relaxed query lets go: it joins them with OR, each whole, and
    // keeps the fields and filters required (docs/QUERY.md).
    struct Conjunction {
        std::vector<Xapian::Query> words, scored, filters, excluded, near_words;
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
                // A field holds in every hit; a phrase, a prefix or a group is let go whole,
                // like a word, never split into its words.
                auto& role = !compiled->scored           ? parts.filters
                             : node.kind == Kind::kField ? parts.scored
                                                         : parts.words;
                role.push_back(compiled->query);
            }
        }
    }

    // `proximity` false leaves out the proximity windows of a strict conjunction.
    static std::optional<Compiled> combine(const Conjunction& parts, bool relaxed,
                                           bool proximity = true) {
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
    // word*: the indexed words starting with it, the most frequent first; what it expands to
    // counts towards the query's budget.
    std::optional<Compiled> prefix_word(const QueryNode& node) {
        auto compiled = expand_prefix_word(node);
        if (compiled) {
            // One per word (or phrase ending in a word) the prefix stands for.
            budget_.spend(std::max<std::size_t>(1, compiled->query.get_num_subqueries()), node.text,
                          node.position);
        }
        return compiled;
    }

    std::optional<Compiled> expand_prefix_word(const QueryNode& node) {
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
        if (node.field == "like") {
            if (context_.database == nullptr) {
                throw QueryError("like: needs an index", node.position);
            }
            return Compiled{more_like_this(*context_.database, context_.analyzer.stopwords(),
                                           node.text, node.position),
                            true};
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
        if (!resolved.note.empty()) {
            notes_.push_back(resolved.note);
        }
        // Scored either way: an entity term weighs by how much the article is about the entity
        // (its wdf), so a query of fields alone is ranked.
        return Compiled{resolved.query, true};
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

    // Adds the run of plain words that starts at nodes[first] to `parts`, grouping the words
    // that are a name of an entity (as the indexer's scanner finds names in an article:
    // "Haitian National Police", "US" but not "us"); returns how many nodes it used.
    std::size_t add_words(Conjunction& parts, const std::vector<const QueryNode*>& nodes,
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
    void add_word_group(Conjunction& parts, const std::string& text) {
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
            parts.words.push_back(phrase_of(words));
            highlight_phrase(tokens);
            return;
        }
        parts.near_words.push_back(near_forms(tokens.front()));
        parts.words.push_back(all_of(stems));
    }

    // Words that are a name of a known entity match the articles where the indexer recognised a
    // name of it, whichever it writes ("Barbeque" finds "Chérizier", "PNH" finds "Haitian
    // National Police"), and rank by how often they write them. The folded word alone is not
    // searched: the index keeps no case, so it would find the pronoun "us" for "US" and a recipe's
    // "barbecue" for Chérizier's nickname; a cue ("Kenyan") never names the entity.
    void add_entity_name(Conjunction& parts, const std::string& text, const Entity& entity) {
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
                spellings.push_back(phrase_of(alias_words));
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
        parts.words.push_back(Xapian::Query(Xapian::Query::OP_AND_MAYBE,
                                            Xapian::Query(Xapian::Query::OP_OR, named, tagged),
                                            tagged));
        // A one-word name stands close to the other words as the word itself does.
        if (typed.size() == 1 && !typed.front().stopword) {
            parts.near_words.push_back(near_forms(typed.front()));
        }
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
    ExpansionBudget budget_;
};

}  // namespace

namespace {

std::string date_flag(const std::string& value, bool is_end, const std::string& now) {
    try {
        return resolve_date_bound(value, is_end, now);
    } catch (const QueryError& e) {
        throw InvalidArgumentError(std::string(is_end ? "date range end" : "date range start") +
                                   " " + value + ": " + e.what());
    }
}

// --person, --country, --org and --place: values of one flag are alternatives.
void add_entity_flags(QueryCompiler::Conjunction& parts, const SearchRequest& request,
                      QueryContext& context, MatchTerms& terms, std::vector<std::string>& notes) {
    const std::pair<EntityKind, const std::vector<std::string>*> flags[] = {
        {EntityKind::kPerson, &request.persons},
        {EntityKind::kCountry, &request.countries},
        {EntityKind::kOrganisation, &request.organisations},
        {EntityKind::kPlace, &request.places}};
    for (const auto& [kind, values] : flags) {
        std::vector<Xapian::Query> alternatives;
        for (const std::string& value : *values) {
            EntityFieldQuery resolved = entity_field_query(
                kind, value, 0, context.entities, context.analyzer, terms, context.database);
            alternatives.push_back(resolved.query);
            if (!resolved.note.empty()) {
                notes.push_back(std::move(resolved.note));
            }
        }
        if (!alternatives.empty()) {
            parts.filters.push_back(any_of(alternatives));
        }
    }
    std::vector<Xapian::Query> outlets;
    for (const std::string& value : request.sources) {
        const std::string id = source_id(context.analyzer, value);
        if (id.empty()) {
            throw InvalidArgumentError("source '" + value + "' has no words");
        }
        outlets.emplace_back(schema::kSourcePrefix + id);
    }
    if (!outlets.empty()) {
        parts.filters.push_back(any_of(outlets));
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
        throw InvalidArgumentError("today's date must be a day written YYYY-MM-DD, not '" +
                                   context.now + "'");
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
            throw InvalidArgumentError("date range end " + *range.to + " is before its start " +
                                       *range.from);
        }
        flag_dates = date_filter(range);
    }
    // A query of stopwords alone ("the who") still searches them, exactly.
    for (const bool keep_stopwords : {false, true}) {
        BuiltQuery built;
        built.terms.aliases = &context.aliases;
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
        add_entity_flags(parts, request, context, built.terms, built.notes);
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
        // Only two or more free words can be let go; an AND typed between the parts keeps them all.
        if (parts.words.size() >= 2 && !(root.kind == Kind::kAnd && root.explicit_and)) {
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
