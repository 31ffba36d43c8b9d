#include <filesystem>

#include <xapian.h>

#include <mss/error.h>
#include <mss/search.h>

#include "analysis/analyzer.h"
#include "entities/entity_registry.h"
#include "entity_highlights.h"
#include "highlighter.h"
#include "index_layout.h"
#include "query_builder.h"
#include "schema.h"
#include "snippet.h"

namespace mss {

struct Searcher::Impl {
    std::string dir;
    Xapian::Database database;
    std::unique_ptr<Analyzer> analyzer;
    EntityRegistry entities;  // as the indexer used it; empty for an index without entities
};

namespace {

Xapian::Database open_database(const std::string& dir) {
    if (!IndexLayout(dir).live_generation()) {
        throw IndexMissingError("no index at " + dir + "; build one with: mss-index --index " +
                                dir + " PATH...");
    }
    try {
        return Xapian::Database(dir);
    } catch (const Xapian::Error& e) {
        throw IndexMissingError(dir + ": cannot open index: " + e.get_description());
    }
}

Xapian::MSet run_query(Xapian::Database& database, const Xapian::Query& query,
                       const SearchRequest& request) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    return enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                            static_cast<Xapian::doccount>(request.limit));
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

SearchResult search_once(Xapian::Database& database, Analyzer& analyzer,
                         const EntityRegistry& entities, const SearchRequest& request) {
    BuiltQuery built = build_query(request.text, analyzer);
    built.terms.alias_keys = entity_alias_keys(analyzer.analyze(request.text), request, entities);
    SearchResult result;
    result.query = request.text;
    Xapian::MSet mset = run_query(database, built.strict, request);
    if (mset.empty() && mset.get_matches_estimated() == 0) {
        mset = run_query(database, built.relaxed, request);
        result.relaxed = !mset.empty() || mset.get_matches_estimated() != 0;
    }
    result.total = mset.get_matches_estimated();
    for (auto match = mset.begin(); match != mset.end(); ++match) {
        result.hits.push_back(make_hit(match, built.terms, analyzer, request));
    }
    return result;
}

}  // namespace

Searcher::Searcher(const std::string& index_dir) : impl_(std::make_unique<Impl>()) {
    impl_->dir = index_dir;
    impl_->database = open_database(index_dir);
    impl_->analyzer = std::make_unique<Analyzer>(
        StopwordList::parse(impl_->database.get_metadata(schema::kStopwordsKey)));
    impl_->entities = EntityRegistry::parse(impl_->database.get_metadata(schema::kEntitiesKey),
                                            index_dir + " (" + schema::kEntitiesKey + ")");
}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request) const {
    // An indexer committing while we read can invalidate our snapshot; reopening picks up the
    // newest complete commit, so a search never fails because an update is in progress.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        try {
            return search_once(impl_->database, *impl_->analyzer, impl_->entities, request);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kAttempts) {
                throw IoError(impl_->dir + ": index kept changing during the search; try again");
            }
            impl_->database.reopen();
        } catch (const Xapian::Error& e) {
            throw IoError(impl_->dir + ": search failed: " + e.get_description());
        }
    }
}

}  // namespace mss
