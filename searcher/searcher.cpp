#include <memory>
#include <optional>

#include <xapian.h>

#include <mss/error.h>
#include <mss/search.h>

#include "analysis/analyzer.h"
#include "article_lookup.h"
#include "entities/alias_matcher.h"
#include "entities/entity_registry.h"
#include "entity_completion.h"
#include "facets/facet_counter.h"
#include "feedback/pseudo_relevance.h"
#include "highlight/highlighter.h"
#include "highlight/snippet.h"
#include "query/date_range_parser.h"
#include "query/query_builder.h"
#include "query/query_parser.h"
#include "result_order.h"
#include "schema.h"
#include "search_deadline.h"
#include "shards/shard_set.h"
#include "spelling/spelling_suggester.h"
#include "stories/story_collapse.h"
#include "update_race.h"

namespace mss {

struct Searcher::Impl {
    std::string dir;
    ShardOptions options;
    ShardSet shards;
    std::unique_ptr<Analyzer> analyzer;
    EntityRegistry entities;                      // empty for an index written without entity data
    Vocabulary vocabulary;                        // for spelling suggestions, read at the first one
    std::unique_ptr<const AliasMatcher> aliases;  // the indexer's scanner over `entities`

    // Opens the index as it is now, with the analyser and entities it was written with.
    static Impl open(const std::string& dir, const ShardOptions& options);

    // `read(database)` on the index as it is now, as search() reads it: after a rebuild the index
    // is opened afresh, after an incremental run the newest commit is read, and a commit that
    // lands while reading is retried on the newest revision. `what` names the read in errors.
    template <typename Read>
    auto read_current(const std::string& what, Read read) {
        if (shards.replaced()) {
            *this = open(dir, options);
        } else {
            shards.catch_up_local();
        }
        constexpr int kAttempts = 20;
        for (int attempt = 1;; ++attempt) {
            try {
                return read(shards.database());
            } catch (const Xapian::Error& e) {
                if (!is_update_race(e) || attempt == kAttempts) {
                    throw IoError(dir + ": " + what + " failed: " + e.get_description());
                }
                shards.reopen();
            }
        }
    }
};

Searcher::Impl Searcher::Impl::open(const std::string& dir, const ShardOptions& options) {
    // Opening reads the newest revision; a writer committing twice before we have read what we
    // need discards it, so opening races with updates just as a search does, and is retried.
    constexpr int kAttempts = 10;
    for (int attempt = 1;; ++attempt) {
        try {
            Impl impl{dir, options, ShardSet(dir, options), nullptr, {}, Vocabulary(), nullptr};
            impl.shards.agreed_metadata(schema::kFormatKey);
            impl.analyzer = std::make_unique<Analyzer>(
                StopwordList::parse(impl.shards.agreed_metadata(schema::kStopwordsKey)),
                StopwordList::parse(impl.shards.agreed_metadata(schema::kFrenchStopwordsKey)),
                StopwordList::parse(impl.shards.agreed_metadata(schema::kCreoleStopwordsKey)));
            const std::string entities = impl.shards.agreed_metadata(schema::kEntitiesKey);
            if (!entities.empty()) {
                impl.entities =
                    EntityRegistry::parse(entities, dir + " (" + schema::kEntitiesKey + ")");
            }
            impl.aliases = std::make_unique<const AliasMatcher>(impl.entities);
            return impl;
        } catch (const Xapian::Error& e) {
            if (!is_update_race(e) || attempt == kAttempts) {
                throw IndexMissingError(dir + ": cannot open index: " + e.get_description());
            }
        }
    }
}

namespace {

// BM25 with the classic Robertson parameters (k1 1.2, b 0.75): longer articles need more
// occurrences of a word to rank as high as a short article that has it.
Xapian::BM25Weight ranking_weight() {
    return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5);
}

// The time limit of one search (SearchRequest::time_limit_seconds), and whether its spy can watch
// the matcher (not on remote shards).
struct Watch {
    const SearchDeadline& deadline;
    bool remote;

    // An enquire on `database` watched by the deadline, after checking it.
    Xapian::Enquire enquire(const Xapian::Database& database) const {
        deadline.check();
        Xapian::Enquire enquire(database);
        deadline.watch(enquire, remote);
        return enquire;
    }
};

// An enquire ranking `query` in the order `sort` asks for, with no match spy.
Xapian::Enquire ordered_enquire(const Xapian::Database& database, const Xapian::Query& query,
                                SortOrder sort, bool collapse, const Watch& watch) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(ranking_weight());
    set_result_order(enquire, sort);
    if (collapse) {
        collapse_stories(enquire);
    }
    return enquire;
}

// One ranked run of a query: the page asked for, plus facets over every match when wanted.
struct Run {
    std::vector<RankedMatch> page;
    Xapian::doccount total = 0, total_lower = 0, total_upper = 0;
    StoryCount stories;
    std::optional<Facets> facets;
    bool empty() const { return page.empty() && total == 0; }
};

// How many matches a search examines at least, so that its total is exact up to that many.
Xapian::doccount matches_to_check(const Xapian::Database& database, const SearchRequest& request) {
    const Xapian::doccount all = database.get_doccount();
    if (request.exact_total || request.exact_up_to >= all) {
        return all;
    }
    return static_cast<Xapian::doccount>(request.exact_up_to);
}

// Facets over every match, in a pass of their own that returns no matches: Xapian 1.4 feeds the
// matches a remote shard returns through the match spies a second time on the client, so a pass
// that also returns matches over-counts them. Without ranking (BoolWeight) the pass only counts.
// It examines every match, so its totals are exact.
void count_facets(const Xapian::Database& database, const Xapian::Query& query,
                  const SearchRequest& request, const Watch& watch, Run& run) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    FacetCounter counter(request.date_bucket);
    counter.attach(enquire);
    StorySpy stories(enquire);
    const Xapian::MSet all = enquire.get_mset(0, 0, database.get_doccount());
    // Surname-only people count under the one full name of the index (facets/surname_links.h).
    run.facets = counter.facets(
        counter.has_one_word_people() ? SurnameLinks::read(database) : SurnameLinks(), &database);
    run.stories = stories.count();
    run.total = all.get_matches_estimated();
    run.total_lower = all.get_matches_lower_bound();
    run.total_upper = all.get_matches_upper_bound();
}

// The totals of a collapsed pass, which counts stories: Xapian 1.4's "uncollapsed" bounds stay
// estimates even when every match was seen, so the articles are counted in a pass of their own
// that returns none, exact up to as many matches as the uncollapsed pass would be; with
// exact_total it also counts the stories exactly (a pass returning no matches, as count_facets
// explains).
void count_articles(const Xapian::Database& database, const Xapian::Query& query,
                    const SearchRequest& request, const Watch& watch, Run& run) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::optional<StorySpy> stories;
    if (request.exact_total) {
        stories.emplace(enquire);
    }
    // Exact up to request.exact_up_to matches (everything with exact_total), as without collapsing.
    const Xapian::MSet all = enquire.get_mset(0, 0, matches_to_check(database, request));
    run.total = all.get_matches_estimated();
    run.total_lower = all.get_matches_lower_bound();
    run.total_upper = all.get_matches_upper_bound();
    if (stories) {
        run.stories = stories->count();
    }
}

Run run_query(const Xapian::Database& database, const Xapian::Query& query,
              const SearchRequest& request, const Watch& watch) {
    Xapian::Enquire enquire =
        ordered_enquire(database, query, request.sort, request.collapse, watch);
    // An exact total needs the matches examined, not only the best ones; facets examine them all.
    const Xapian::doccount check_at_least =
        request.facets ? 0 : matches_to_check(database, request);
    const Xapian::MSet fetched =
        enquire.get_mset(0, first_fetch_size(request.offset, request.limit), check_at_least);
    const auto fetch_top = [&](Xapian::doccount count) {
        return ordered_enquire(database, query, request.sort, request.collapse, watch)
            .get_mset(0, count);
    };
    Run run;
    run.page = ordered_page(fetched, fetch_top, request.sort, request.offset, request.limit);
    if (request.facets) {
        count_facets(database, query, request, watch, run);
    } else if (request.collapse) {
        // Collapsing leaves one match per story; the totals count every article.
        run.stories = story_count(fetched, true);
        count_articles(database, query, request, watch, run);
    } else {
        run.total = fetched.get_matches_estimated();
        run.total_lower = fetched.get_matches_lower_bound();
        run.total_upper = fetched.get_matches_upper_bound();
    }
    return run;
}

// How many of the best matches by BM25 alone are ranked again with the proximity windows.
constexpr std::size_t kProximityDepth = 40;

// The strict matches of `built`, by relevance with its proximity windows. Those windows must
// read the positions of every article they are tried on, which on large indexes cost more than
// the rest of the search; so the best kProximityDepth matches by BM25 alone are found first
// (with the totals and facets, which the windows do not change) and only they are ranked again
// with the windows. A page that reaches past half that depth, or another order, takes the whole
// query in one pass.
Run run_strict(const Xapian::Database& database, const BuiltQuery& built,
               const SearchRequest& request, const Watch& watch) {
    if (built.strict_without_proximity.empty() || request.sort != SortOrder::kRelevance ||
        request.offset + request.limit > kProximityDepth / 2) {
        return run_query(database, built.strict, request, watch);
    }
    SearchRequest first = request;
    first.offset = 0;
    first.limit = kProximityDepth;
    Run run = run_query(database, built.strict_without_proximity, first, watch);
    std::vector<Xapian::Query> best;
    for (const RankedMatch& match : run.page) {
        best.emplace_back(schema::id_term(schema::id_of_order_key(match.key)));
    }
    SearchRequest again = request;
    again.facets = false;
    again.exact_total = false;
    again.exact_up_to = 0;
    const Xapian::Query reranked(Xapian::Query::OP_FILTER, built.strict,
                                 Xapian::Query(Xapian::Query::OP_OR, best.begin(), best.end()));
    run.page = run_query(database, reranked, again, watch).page;
    return run;
}

std::size_t count_matches(const Xapian::Database& database, const Xapian::Query& query,
                          const Watch& watch) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, database.get_doccount()).get_matches_estimated();
}

Hit make_hit(const Xapian::Database& database, const RankedMatch& match, std::size_t rank,
             const MatchTerms& terms, Analyzer& analyzer, const SearchRequest& request) {
    const Xapian::Document document = database.get_document(match.docid);
    schema::StoredArticle stored = schema::parse_stored_article(document.get_data());
    const Article& article = stored.article;
    Hit hit;
    hit.rank = rank;
    hit.id = article.id;
    hit.path = article.path;
    hit.title = article.title;
    hit.date = article.date;
    hit.date_source = std::move(stored.date_source);
    hit.url = article.url;
    hit.source = article.source;
    hit.author = article.author;
    hit.score = match.score;
    hit.story = document.get_value(schema::kStorySlot);
    hit.entities.person = schema::parse_facet_value(document.get_value(schema::kPersonSlot));
    hit.entities.country = schema::parse_facet_value(document.get_value(schema::kCountrySlot));
    hit.entities.organisation =
        schema::parse_facet_value(document.get_value(schema::kOrganisationSlot));
    hit.entities.place = schema::parse_facet_value(document.get_value(schema::kPlaceSlot));
    const Language language = parse_language(article.language).value_or(Language::kEnglish);
    hit.lang = language_code(language);
    hit.title_highlights = highlight_text(hit.title, terms, analyzer, language);
    if (request.snippet_chars > 0) {  // ids, paths and counts need no snippet
        Snippet snippet =
            make_snippet(article.body, terms, analyzer, request.snippet_chars, language);
        hit.snippet = std::move(snippet.text);
        hit.highlights = std::move(snippet.highlights);
    }
    return hit;
}

// Free words from which a query counts as a question rather than keywords. Keywords ("Murkomen
// contingent") mean every word; a long question ("what problems are there in making up
// descriptive titles?") may have only a few articles with every word, and a reader is better
// served by the best articles with most of them than by a short page.
constexpr std::size_t kQuestionWords = 3;

// The id terms of every article `query` matches: at most `count` of them, all known to be few.
Xapian::Query id_terms_of(const Xapian::Database& database, const Xapian::Query& query,
                          std::size_t count, const Watch& watch) {
    Xapian::Enquire enquire = watch.enquire(database);
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

// After the matches, a result list may go on with articles that have only some of the free
// words, ranked by the relaxed query and marked as partial. They are not matches: the total and
// the facets leave them out. This adds those that fall on the requested page, numbered on from
// the matches, so every page of one query agrees.
void add_partial_matches(const Xapian::Database& database, const BuiltQuery& built,
                         Analyzer& analyzer, const SearchRequest& request, const Watch& watch,
                         SearchResult& result) {
    // The matches are excluded by id, so the partial list must know them all: the count is
    // exact and the matches end before this page does, or there is no room for partial ones.
    const std::size_t strict_total = result.total;
    const std::size_t page_end = request.offset + request.limit;
    if (!result.exact || strict_total >= page_end) {
        return;
    }
    SearchRequest rest = request;
    rest.offset = request.offset > strict_total ? request.offset - strict_total : 0;
    rest.limit = page_end - std::max(request.offset, strict_total);
    rest.facets = false;
    rest.exact_total = false;
    rest.exact_up_to = 0;
    // The strict matches are excluded by id: they are few, and a plain list of terms keeps the
    // exclusion exact whatever operators the strict query is built from.
    const Xapian::Query ranked(Xapian::Query::OP_AND_NOT, built.relaxed,
                               id_terms_of(database, built.strict, strict_total, watch));
    const Run partial = run_query(database, ranked, rest, watch);
    for (std::size_t i = 0; i < partial.page.size(); ++i) {
        Hit hit = make_hit(database, partial.page[i], strict_total + rest.offset + i + 1,
                           built.terms, analyzer, rest);
        hit.matches_all = false;
        result.hits.push_back(std::move(hit));
        ++result.partial_hits;
    }
    result.relaxed = result.partial_hits != 0;
}

bool has_entity_filters(const SearchRequest& request) {
    return !request.persons.empty() || !request.countries.empty() ||
           !request.organisations.empty() || !request.places.empty();
}

// A request with no query text and at least one filter.
bool filters_only(const SearchRequest& request) {
    return request.text.find_first_not_of(" \t\n\r") == std::string::npos && request.has_filters();
}

// The languages the index holds articles in; English for an empty index.
std::vector<Language> indexed_languages(const Xapian::Database& database) {
    std::vector<Language> languages;
    for (const Language language : kAllLanguages) {
        if (database.get_termfreq(schema::language_term(language)) != 0) {
            languages.push_back(language);
        }
    }
    if (languages.empty()) {
        languages.push_back(Language::kEnglish);
    }
    return languages;
}

SearchResult search_once(const Xapian::Database& database, Vocabulary& vocabulary,
                         Analyzer& analyzer, const EntityRegistry& entities,
                         const AliasMatcher& aliases, const SearchRequest& asked,
                         const Watch& watch) {
    watch.deadline.check();
    // Dates, outlets and languages alone rank nothing above anything: their articles are listed
    // newest first.
    const bool only_filters = filters_only(asked);
    std::optional<SearchRequest> by_date;
    if (only_filters && !has_entity_filters(asked) && asked.sort == SortOrder::kRelevance) {
        by_date = asked;
        by_date->sort = SortOrder::kDateDescending;
    }
    const SearchRequest& request = by_date ? *by_date : asked;
    QueryContext context{analyzer,  entities,
                         aliases,   request.now.empty() ? today_iso_date() : request.now,
                         &database, indexed_languages(database)};
    // An empty AND: build_query() adds the filters to it.
    const QueryNode root = only_filters ? QueryNode{} : parse_query(request.text);
    BuiltQuery original = build_query(root, request, context);
    if (request.feedback && request.sort == SortOrder::kRelevance &&
        is_verbose_query(root, analyzer)) {
        add_feedback(database, analyzer.stopwords(), ranking_weight(), original);
    }

    SearchResult result;
    result.query = request.text;
    watch.deadline.check();
    result.suggestion = SpellingSuggester(database, vocabulary, analyzer, entities)
                            .suggest(request.text, free_words(root));

    // The matches first; when there are none, those of the spelling suggestion.
    const BuiltQuery* used = &original;
    std::optional<BuiltQuery> corrected;
    Run run = run_strict(database, original, request, watch);
    if (run.empty() && result.suggestion && request.search_suggestion) {
        corrected = build_query(parse_query(*result.suggestion), request, context);
        Run retry = run_strict(database, *corrected, request, watch);
        if (!retry.empty()) {
            run = std::move(retry);
            used = &*corrected;
            result.corrected = true;
        }
    }
    if (run.empty() && corrected && !corrected->relaxed.empty()) {
        // Nothing has every word of either: the closest articles are those of the suggestion.
        used = &*corrected;
        result.corrected = true;
    }
    if (!used->undated_probe.empty()) {
        result.undated_excluded = count_matches(database, used->undated_probe, watch);
    }
    result.notes = used->notes;
    result.total = run.total;
    result.total_lower = run.total_lower;
    result.total_upper = run.total_upper;
    result.exact = result.total_lower == result.total_upper;
    result.strict_total = result.total;
    set_story_count(run.stories, result);
    result.facets = std::move(run.facets);
    for (std::size_t i = 0; i < run.page.size(); ++i) {
        watch.deadline.check();  // snippets of long articles cost too
        result.hits.push_back(make_hit(database, run.page[i], request.offset + i + 1, used->terms,
                                       analyzer, request));
    }
    // A question goes on past its matches with the articles that have most of its words; so
    // does any query with no match, so the reader sees the closest articles.
    const bool question = free_words(root).size() >= kQuestionWords;
    if (!used->relaxed.empty() && (question || result.total == 0)) {
        add_partial_matches(database, *used, analyzer, request, watch, result);
    }
    if (result.corrected && result.total == 0 && result.hits.empty()) {
        result.corrected = false;  // the suggestion found nothing either: the query stands
    }
    if (request.collapse) {
        watch.deadline.check();
        add_duplicates(database, used->strict, used->relaxed, result.hits);
    }
    watch.deadline.check();
    return result;
}

}  // namespace

Searcher::Searcher(const std::string& index_dir, const ShardOptions& shards)
    : impl_(std::make_unique<Impl>(Impl::open(index_dir, shards))) {}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request) const {
    // An indexer committing while we read can invalidate our snapshot; reopening picks up the
    // newest complete commit, so a search never fails because an update is in progress. Only a
    // writer committing twice during every one of the attempts exhausts them. A shard that stops
    // answering fails the search, or with partial results is left out and the search runs again
    // on the others.
    constexpr int kAttempts = 20;
    if (!(request.time_limit_seconds >= 0)) {  // negative or NaN
        throw InvalidArgumentError("the time limit must be 0 (none) or more seconds");
    }
    const SearchDeadline deadline(request.time_limit_seconds);  // over every attempt
    // A full rebuild published a new generation: the reader we hold would go on reading the old
    // one, so the index is opened afresh, its analyser and entities included.
    if (impl_->shards.replaced()) {
        *impl_ = Impl::open(impl_->dir, impl_->options);
    }
    bool reconnected = false;
    bool reopen = false;
    for (int attempt = 1;; ++attempt) {
        try {
            if (reopen) {
                impl_->shards.reopen();  // may meet the race again: inside the try
                impl_->vocabulary.forget();
                reopen = false;
            } else if (attempt == 1 && impl_->shards.catch_up_local()) {
                impl_->vocabulary.forget();  // an incremental run committed since the last search
            }
            SearchResult result = search_once(impl_->shards.database(), impl_->vocabulary,
                                              *impl_->analyzer, impl_->entities, *impl_->aliases,
                                              request, Watch{deadline, impl_->shards.has_remote()});
            result.unavailable_shards = impl_->shards.unavailable();
            result.partial = !result.unavailable_shards.empty();
            return result;
        } catch (const Xapian::NetworkError& e) {
            // Once every shard answered a fresh connection, a second failure is not a shard down.
            if (!impl_->shards.reconnect() && reconnected) {
                throw IoError(impl_->dir + ": search failed: " + e.get_description());
            }
            reconnected = true;
            impl_->vocabulary.forget();  // the shards may be others now
        } catch (const Xapian::Error& e) {
            if (!is_update_race(e) || attempt == kAttempts) {
                throw IoError(impl_->dir + ": search failed: " + e.get_description());
            }
            reopen = true;
        }
    }
}

std::vector<EntityCompletion> Searcher::complete_entities(std::string_view typed,
                                                          std::string_view kind,
                                                          std::size_t limit) const {
    std::optional<EntityKind> wanted;
    if (!kind.empty()) {
        wanted = parse_kind(kind);
        if (!wanted) {
            throw InvalidArgumentError("unknown entity kind '" + std::string(kind) +
                                       "' (person, country, organisation or place)");
        }
    }
    // A rebuild brings other entities, an incremental run other article counts.
    return impl_->read_current("completion", [&](const Xapian::Database& database) {
        return complete_entity_names(database, impl_->entities, typed, wanted, limit);
    });
}

std::optional<IndexedArticle> Searcher::article(const std::string& id) const {
    return impl_->read_current("reading article " + id, [&](const Xapian::Database& database) {
        return find_article(database, id);
    });
}

}  // namespace mss
