#include <filesystem>
#include <memory>

#include <string_view>

#include <xapian.h>

#include <mss/error.h>
#include <mss/search.h>

#include "analysis/analyzer.h"
#include "entities/entity_registry.h"
#include "entity_highlights.h"
#include "facets/facet_counter.h"
#include "highlighter.h"
#include "index_layout.h"
#include "query/date_range_parser.h"
#include "query/query_builder.h"
#include "query/query_parser.h"
#include "schema.h"
#include "snippet.h"
#include "spelling/spelling_suggester.h"

namespace mss {

struct Searcher::Impl {
    std::string dir;
    Xapian::Database database;
    std::unique_ptr<Analyzer> analyzer;
    EntityRegistry entities;  // empty for an index written without entity data
};

namespace {

// BM25 with the classic Robertson parameters (k1 1.2, b 0.75): longer articles need more
// occurrences of a word to rank as high as a short article that has it.
Xapian::BM25Weight ranking_weight() {
    return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5);
}

// Errors a reader gets when a writer commits while it reads: glass keeps only the previous
// revision, so a reader that falls two commits behind sees its blocks reused. That is reported as
// DatabaseModifiedError, or, when the reused block is met before the revision check (seen while
// opening during a burst of small commits), as DatabaseCorruptError. Both go away on reopening; a
// really corrupt index keeps failing and is reported once the retries run out.
bool is_update_race(const Xapian::Error& error) {
    const std::string_view type = error.get_type();  // Xapian::Error is not polymorphic
    return type == "DatabaseModifiedError" || type == "DatabaseCorruptError";
}

Xapian::Database open_database(const std::string& dir) {
    if (!IndexLayout(dir).live_generation()) {
        throw IndexMissingError("no index at " + dir + "; build one with: mss-index --index " +
                                dir + " PATH...");
    }
    try {
        return Xapian::Database(dir);
    } catch (const Xapian::Error& e) {
        if (is_update_race(e)) {
            throw;  // not a missing index: the caller retries
        }
        throw IndexMissingError(dir + ": cannot open index: " + e.get_description());
    }
}

// One ranked run of a query: the page asked for, plus facets over every match when wanted.
struct Run {
    Xapian::MSet mset;
    std::optional<Facets> facets;
    bool empty() const { return mset.empty() && mset.get_matches_estimated() == 0; }
};

Run run_query(const Xapian::Database& database, const Xapian::Query& query,
              const SearchRequest& request) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(ranking_weight());
    // Ties go to the newer article, then to the earlier-indexed one: the same query on the same
    // index always lists the same articles in the same order. Undated articles sort last.
    Xapian::MultiValueKeyMaker by_date;
    by_date.add_value(schema::kDateSlot, false,
                      request.sort == SortOrder::kDateAscending ? "99999999" : "");
    switch (request.sort) {
        case SortOrder::kRelevance:
            enquire.set_sort_by_relevance_then_key(&by_date, true);
            break;
        case SortOrder::kDateAscending:
            enquire.set_sort_by_key_then_relevance(&by_date, false);
            break;
        case SortOrder::kDateDescending:
            enquire.set_sort_by_key_then_relevance(&by_date, true);
            break;
    }
    // Facet counts and an exact total need every match examined, not only the best ones.
    const bool count_all = request.facets || request.exact_total;
    const Xapian::doccount check_at_least = count_all ? database.get_doccount() : 0;
    std::optional<FacetCounter> counter;
    if (request.facets) {
        counter.emplace(request.date_bucket);
        enquire.add_matchspy(&*counter);
    }
    Run run{enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                             static_cast<Xapian::doccount>(request.limit), check_at_least),
            std::nullopt};
    if (counter) {
        run.facets = counter->facets();
    }
    return run;
}

std::size_t count_matches(const Xapian::Database& database, const Xapian::Query& query) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, database.get_doccount()).get_matches_estimated();
}

Hit make_hit(const Xapian::MSetIterator& match, const MatchTerms& terms, Analyzer& analyzer,
             const SearchRequest& request) {
    const Xapian::Document document = match.get_document();
    const std::string data = document.get_data();
    const Article article = schema::parse_article(data);
    Hit hit;
    hit.rank = match.get_rank() + 1;
    hit.id = article.id;
    hit.path = article.path;
    hit.title = article.title;
    hit.date = article.date;
    hit.date_source = schema::parse_date_source(data);
    hit.score = match.get_weight();
    hit.entities.person = schema::parse_facet_value(document.get_value(schema::kPersonSlot));
    hit.entities.country = schema::parse_facet_value(document.get_value(schema::kCountrySlot));
    hit.entities.organisation =
        schema::parse_facet_value(document.get_value(schema::kOrganisationSlot));
    hit.entities.place = schema::parse_facet_value(document.get_value(schema::kPlaceSlot));
    hit.title_highlights = highlight_text(hit.title, terms, analyzer);
    Snippet snippet = make_snippet(article.body, terms, analyzer, request.snippet_chars);
    hit.snippet = std::move(snippet.text);
    hit.highlights = std::move(snippet.highlights);
    return hit;
}

// Free words from which a query counts as a question rather than keywords. Keywords ("Murkomen
// contingent") mean every word; a long question ("what problems are there in making up
// descriptive titles?") may have only a few articles with every word, and a reader is better
// served by the best articles with most of them than by a short page.
constexpr std::size_t kQuestionWords = 3;

// The id terms of every article `query` matches: at most `count` of them, all known to be few.
Xapian::Query id_terms_of(const Xapian::Database& database, const Xapian::Query& query,
                          std::size_t count) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet matches = enquire.get_mset(0, static_cast<Xapian::doccount>(count));
    std::vector<Xapian::Query> ids;
    for (auto match = matches.begin(); match != matches.end(); ++match) {
        Xapian::TermIterator term = database.termlist_begin(*match);
        term.skip_to(schema::kIdPrefix);
        if (term != database.termlist_end(*match)) {
            ids.emplace_back(*term);
        }
    }
    return Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
}

// A question's result list is its strict matches, then the articles with only some of its
// words, ranked by the relaxed query and marked as partial. This adds the partial ones that fall
// on the requested page, and counts the whole list into the total and the facets, so every page
// of the same question agrees on both.
void add_partial_matches(const Xapian::Database& database, const BuiltQuery& built,
                         Analyzer& analyzer, const SearchRequest& request, const Run& strict,
                         SearchResult& result) {
    const std::size_t strict_total = strict.mset.get_matches_upper_bound();
    const std::size_t page_end = request.offset + request.limit;
    // An inexact strict count means the strict matches run past this page.
    if (strict.mset.get_matches_lower_bound() == strict_total && strict_total < page_end) {
        SearchRequest rest = request;
        rest.offset = request.offset > strict_total ? request.offset - strict_total : 0;
        rest.limit = page_end - std::max(request.offset, strict_total);
        rest.facets = false;
        rest.exact_total = false;
        // The strict matches are excluded by id: they are few, and a plain list of terms keeps
        // the exclusion exact whatever operators the strict query is built from.
        const Xapian::Query partial_query(Xapian::Query::OP_AND_NOT, built.relaxed,
                                          id_terms_of(database, built.strict, strict_total));
        const Run partial = run_query(database, partial_query, rest);
        for (auto match = partial.mset.begin(); match != partial.mset.end(); ++match) {
            Hit hit = make_hit(match, built.terms, analyzer, rest);
            hit.rank += strict_total;
            hit.matches_all = false;
            result.hits.push_back(std::move(hit));
            result.relaxed = true;
        }
    }
    // The strict matches are among the relaxed ones, so the relaxed query counts the whole list.
    SearchRequest count_only = request;
    count_only.offset = 0;
    count_only.limit = 0;
    Run all = run_query(database, built.relaxed, count_only);
    result.facets = std::move(all.facets);
    result.total = all.mset.get_matches_estimated();
    result.total_lower = all.mset.get_matches_lower_bound();
    result.total_upper = all.mset.get_matches_upper_bound();
    result.exact = result.total_lower == result.total_upper;
}

// The query for `text`, with every name of the entities it or the filters mention marked.
BuiltQuery build(const QueryNode& root, const std::string& text, const SearchRequest& request,
                 QueryContext& context) {
    BuiltQuery built = build_query(root, request, context);
    const auto aliases =
        entity_alias_keys(context.analyzer.analyze(text), request, context.entities);
    built.terms.alias_keys.insert(aliases.begin(), aliases.end());
    return built;
}

SearchResult search_once(const Xapian::Database& database, Analyzer& analyzer,
                         const EntityRegistry& entities, const SearchRequest& request) {
    QueryContext context{analyzer, entities, request.now.empty() ? today_iso_date() : request.now,
                         &database};
    const QueryNode root = parse_query(request.text);
    const BuiltQuery original = build(root, request.text, request, context);

    SearchResult result;
    result.query = request.text;
    result.suggestion =
        SpellingSuggester(database, analyzer, entities).suggest(request.text, free_words(root));

    // Strict first; then, when it finds nothing, the spelling suggestion; then any word ranked.
    // A question counts its facets over strict and partial matches together, afterwards.
    const bool question = free_words(root).size() >= kQuestionWords && !original.relaxed.empty();
    SearchRequest strict_request = request;
    strict_request.facets = request.facets && !question;
    const BuiltQuery* used = &original;
    std::optional<BuiltQuery> corrected;
    Run run = run_query(database, original.strict, strict_request);
    if (run.empty() && result.suggestion) {
        corrected = build(parse_query(*result.suggestion), *result.suggestion, request, context);
        Run retry = run_query(database, corrected->strict, request);
        if (!retry.empty()) {
            run = std::move(retry);
            used = &*corrected;
            result.corrected = true;
        }
    }
    const BuiltQuery& fallback = corrected ? *corrected : original;
    result.strict_total = run.mset.get_matches_estimated();
    if (run.empty()) {
        if (!fallback.relaxed.empty()) {
            Run relaxed = run_query(database, fallback.relaxed, request);
            if (!relaxed.empty()) {
                run = std::move(relaxed);
                used = &fallback;
                result.relaxed = true;
                result.corrected = corrected.has_value();
            }
        }
    }
    if (!used->undated_probe.empty()) {
        result.undated_excluded = count_matches(database, used->undated_probe);
    }
    result.notes = used->notes;
    result.total = run.mset.get_matches_estimated();
    result.total_lower = run.mset.get_matches_lower_bound();
    result.total_upper = run.mset.get_matches_upper_bound();
    result.exact = result.total_lower == result.total_upper;
    result.facets = std::move(run.facets);
    for (auto match = run.mset.begin(); match != run.mset.end(); ++match) {
        result.hits.push_back(make_hit(match, used->terms, analyzer, request));
        result.hits.back().matches_all = !result.relaxed;
    }
    if (question && !result.relaxed && !used->relaxed.empty()) {
        add_partial_matches(database, *used, analyzer, request, run, result);
    }
    return result;
}

}  // namespace

Searcher::Searcher(const std::string& index_dir) : impl_(std::make_unique<Impl>()) {
    impl_->dir = index_dir;
    // Opening reads the newest revision; a writer committing twice before we have read what we
    // need discards it, so opening races with updates just as a search does, and is retried.
    constexpr int kAttempts = 10;
    for (int attempt = 1;; ++attempt) {
        try {
            impl_->database = open_database(index_dir);
            impl_->analyzer = std::make_unique<Analyzer>(
                StopwordList::parse(impl_->database.get_metadata(schema::kStopwordsKey)));
            const std::string entities = impl_->database.get_metadata(schema::kEntitiesKey);
            if (!entities.empty()) {
                impl_->entities =
                    EntityRegistry::parse(entities, index_dir + " (" + schema::kEntitiesKey + ")");
            }
            return;
        } catch (const Xapian::Error& e) {
            if (!is_update_race(e) || attempt == kAttempts) {
                throw IndexMissingError(index_dir + ": cannot open index: " + e.get_description());
            }
        }
    }
}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request) const {
    // An indexer committing while we read can invalidate our snapshot; reopening picks up the
    // newest complete commit, so a search never fails because an update is in progress. Only a
    // writer committing twice during every one of the attempts exhausts them.
    constexpr int kAttempts = 20;
    for (int attempt = 1;; ++attempt) {
        try {
            if (attempt > 1) {
                impl_->database.reopen();
            }
            return search_once(impl_->database, *impl_->analyzer, impl_->entities, request);
        } catch (const Xapian::Error& e) {
            if (!is_update_race(e) || attempt == kAttempts) {
                throw IoError(impl_->dir + ": search failed: " + e.get_description());
            }
        }
    }
}

}  // namespace mss
