// Turns a parsed query plus the request's filter flags into Xapian queries: the strict one,
// the relaxed fallback, and what the highlighter should mark. Ranking choices live here:
// headline words already weigh more through their wdf; entity matches and words standing close
// together add weight on top of BM25.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

#include "analysis/analyzer.h"
#include "entities/alias_matcher.h"
#include "entities/entity_registry.h"
#include "facets/surname_link_cache.h"
#include "highlight/match_terms.h"
#include "query/query_parser.h"

namespace mss {

struct QueryContext {
    Analyzer& analyzer;
    const EntityRegistry& entities;
    // The scanner built from `entities`, the one the indexer tags with: it finds the entities a
    // query's words name, with the same case rules as in articles.
    const AliasMatcher& aliases;
    std::string now;  // YYYY-MM-DD that relative dates count from
    // The index searched, to recognise entity ids that only it knows; null in parser tests.
    const Xapian::Database* database = nullptr;
    // The languages the index holds articles in (the searcher asks the index): a free word is
    // searched in the forms each of them gives it, and is a stopword only where all of them say
    // so. lang: and SearchRequest::languages narrow it.
    std::vector<Language> languages{Language::kEnglish};
    // AND-ed with every phrase and proximity window, so that whatever it checks sees each
    // article that holds their words (SearchDeadline::positional_guard); empty: none. Not with
    // a phrase under OP_SYNONYM: a synonym asks its parts for frequency estimates from the
    // statistics, which Xapian 1.4 cannot get from a posting source (InvalidOperationError).
    Xapian::Query positional_guard = {};
    // The searcher's surname links, bound to `database`; null: read from it at each need.
    SurnameLinkCache* surname_links = nullptr;
};

struct BuiltQuery {
    Xapian::Query strict;  // every word must match
    // `strict` without its proximity windows, which match the same articles and only add weight;
    // empty when `strict` has none. Searches rank its best matches by `strict` (searcher.cpp).
    Xapian::Query strict_without_proximity;
    // Any free word may match, every phrase, field and filter still must; empty with fewer than
    // two free words, or when an AND was typed between the parts.
    Xapian::Query relaxed;
    // Undated articles that the strict query would match but for its date filter; empty
    // when there is no top-level date filter.
    Xapian::Query undated_probe;
    MatchTerms terms;
    // Limits the query ran into (a prefix* with too many words), one sentence each, for the user.
    std::vector<std::string> notes;
};

// A word typed outside quotes and fields, where it starts in the query (in characters).
struct TypedWord {
    std::string text;
    std::size_t position;
};

// Throws mss::QueryError for a query with nothing to search for or a bad field value, and
// mss::Error (usage) for a bad --from/--to/--now.
BuiltQuery build_query(const QueryNode& root, const SearchRequest& request, QueryContext& context);

// The free words of the query that count towards a match (not those under NOT or in phrases):
// the ones a spelling suggestion may replace.
std::vector<TypedWord> free_words(const QueryNode& root);

}  // namespace mss
