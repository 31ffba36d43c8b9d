// The compiler from a parsed query to Xapian queries, shared by the files that implement it:
// query_compiler.cpp (the tree: AND, OR, NOT, phrases), field_query.cpp (fields), word_query.cpp
// (free words and the entity names among them, in each language of the index), prefix_query.cpp
// (word*), proximity.cpp (the proximity windows). Internal to the query builder (query_builder.h is
// the interface). Not thread-safe: one compiler per query being built.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "entities/entity_registry.h"
#include "query/date_range_parser.h"
#include "query/prefix_expansion.h"
#include "query/query_builder.h"

namespace mss {

struct Compiled {
    Xapian::Query query;
    bool scored = false;  // false: a pure filter, which contributes no weight
};

Xapian::Query all_of(const std::vector<Xapian::Query>& parts);
Xapian::Query any_of(const std::vector<Xapian::Query>& parts);
// A phrase of the words in order, AND-ed with `guard` when that is not empty
// (QueryContext::positional_guard); one word is that word.
Xapian::Query phrase_of(const std::vector<Xapian::Query>& words, const Xapian::Query& guard);
// `positional` AND-ed with `guard` (QueryContext::positional_guard), or itself when it is empty.
Xapian::Query guarded(const Xapian::Query& positional, const Xapian::Query& guard);
Xapian::Query date_filter(const DateRange& range);
// Every dated article: dates are stored as digits, so all sort at or after "0".
Xapian::Query any_dated();

// `query` with the proximity windows of `near_words` as optional extra weight; `query` itself
// with fewer than two words (proximity.cpp).
Xapian::Query with_proximity_windows(const Xapian::Query& query,
                                     const std::vector<Xapian::Query>& near_words,
                                     const Xapian::Query& guard);

class QueryCompiler {
  public:
    // `languages`: those free words are searched in (QueryContext::languages, narrowed by lang:).
    QueryCompiler(QueryContext& context, MatchTerms& terms, std::vector<std::string>& notes,
                  bool keep_stopwords, std::vector<Language> languages)
        : context_(context),
          terms_(terms),
          notes_(notes),
          keep_stopwords_(keep_stopwords),
          languages_(std::move(languages)) {}

    // The parts of one AND, sorted by role. `words` are the free words, phrases, prefixes and
    // groups, the only parts a relaxed query lets go: it joins them with OR, each whole, and
    // keeps the fields and filters required (docs/QUERY.md).
    struct Conjunction {
        std::vector<Xapian::Query> words, scored, filters, excluded, near_words;
        Xapian::Query positional_guard;  // QueryContext's, for the proximity windows
    };

    // Adds `nodes`, the children of one AND, to `parts` by role.
    void add_to(Conjunction& parts, const std::vector<const QueryNode*>& nodes);

    // `proximity` false leaves out the proximity windows of a strict conjunction; nothing when
    // `parts` is empty.
    static std::optional<Compiled> combine(const Conjunction& parts, bool relaxed,
                                           bool proximity = true);

    // Throws mss::QueryError for a bad field value.
    std::optional<Compiled> compile(const QueryNode& node);

    // Free words compiled so far that are stopwords in some of the languages searched but not
    // all ("la" beside English): each is one entry of a Conjunction's `words`. A query of such
    // words alone is searched as a query of stopwords is, exactly (build_query()).
    std::size_t partly_stopped_words() const { return partly_stopped_; }

  private:
    std::optional<Compiled> prefix_word(const QueryNode& node);
    std::optional<Compiled> expand_prefix_word(const QueryNode& node);
    void note_capped_expansion(const std::string& prefix);
    std::optional<Compiled> phrase(std::string_view text);
    void highlight_phrase(const std::vector<Token>& tokens);
    std::optional<Compiled> field(const QueryNode& node);
    std::optional<Compiled> title(const QueryNode& node);
    std::size_t add_words(Conjunction& parts, const std::vector<const QueryNode*>& nodes,
                          std::size_t first);
    void add_word_group(Conjunction& parts, const std::string& text);
    void add_word_in_languages(Conjunction& parts, const std::string& text);
    void remember_stem(const Token& token, Language language);
    void add_entity_name(Conjunction& parts, const std::string& text, const Entity& entity);
    // Creole (no stem prefix) has only the word.
    Xapian::Query any_form(const std::string& stem_prefix, const std::string& word_prefix,
                           const std::string& stem, Language language = Language::kEnglish) const;
    Xapian::Query near_forms(const Token& token) const;

    QueryContext& context_;
    MatchTerms& terms_;
    std::vector<std::string>& notes_;
    bool keep_stopwords_;
    std::vector<Language> languages_;
    ExpansionBudget budget_;
    std::size_t partly_stopped_ = 0;
};

}  // namespace mss
