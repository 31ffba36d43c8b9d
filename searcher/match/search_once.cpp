#include "match/search_once.h"

#include <optional>

#include "facets/linked_people.h"
#include "feedback/pseudo_relevance.h"
#include "highlight/highlighter.h"
#include "highlight/snippet.h"
#include "query/date_range_parser.h"
#include "query/query_builder.h"
#include "query/query_parser.h"
#include "schema.h"
#include "spelling/spelling_suggester.h"
#include "stories/story_collapse.h"

namespace mss {
namespace {

Hit make_hit(const Xapian::Database& database, const StoredTextReader& text,
             const RankedMatch& match, std::size_t rank, const MatchTerms& terms,
             Analyzer& analyzer, const SearchRequest& request, SurnameLinkCache& people) {
    const Xapian::Document document = database.get_document(match.docid);
    schema::StoredArticle stored = schema::parse_stored_article(text.restore(document.get_data()));
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
    hit.entities = schema::parse_facets_value(document.get_value(schema::kFacetsSlot)).entities;
    // As the person facet counts them: a surname alone under its one full name.
    hit.entities.person = linked_people(std::move(hit.entities.person), people);
    const Language language = schema::stored_language(article);
    hit.lang = language_code(language);
    hit.title_highlights =
        character_spans(hit.title, highlight_text(hit.title, terms, analyzer, language));
    if (request.snippet_chars > 0) {  // ids, paths and counts need no snippet
        Snippet snippet =
            make_snippet(article.body, terms, analyzer, request.snippet_chars, language);
        hit.highlights = character_spans(snippet.text, snippet.highlights);
        hit.snippet = std::move(snippet.text);
    }
    return hit;
}

// Free words from which a query counts as a question rather than keywords. Keywords ("Murkomen
// contingent") mean every word; a long question ("what problems are there in making up
// descriptive titles?") may have only a few articles with every word, and a reader is better
// served by the best articles with most of them than by a short page.
constexpr std::size_t kQuestionWords = 3;

// After the matches, a result list may go on with articles that have only some of the free
// words, ranked by the relaxed query and marked as partial. They are not matches: the total and
// the facets leave them out. This adds those that fall on the requested page, numbered on from
// the matches, so every page of one query agrees.
void add_partial_matches(const Xapian::Database& database, const StoredTextReader& text,
                         const BuiltQuery& built, Analyzer& analyzer, const SearchRequest& request,
                         const SearchWatch& watch, SurnameLinkCache& people, SearchResult& result) {
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
    const RankedRun partial = run_query(database, ranked, rest, watch, people);
    for (std::size_t i = 0; i < partial.page.size(); ++i) {
        Hit hit = make_hit(database, text, partial.page[i], strict_total + rest.offset + i + 1,
                           built.terms, analyzer, rest, people);
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

}  // namespace

SearchResult search_once(const Xapian::Database& database, const StoredTextReader& text,
                         Vocabulary& vocabulary, Analyzer& analyzer, const EntityRegistry& entities,
                         const AliasMatcher& aliases, SurnameLinkCache& people,
                         const SearchRequest& asked, const SearchWatch& watch) {
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
    QueryContext context{analyzer,
                         entities,
                         aliases,
                         request.now.empty() ? today_iso_date() : request.now,
                         &database,
                         indexed_languages(database),
                         watch.deadline.positional_guard(watch.remote),
                         &people};
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
    RankedRun run = run_strict(database, original, request, watch, people);
    if (run.empty() && result.suggestion && request.search_suggestion) {
        corrected = build_query(parse_query(*result.suggestion), request, context);
        RankedRun retry = run_strict(database, *corrected, request, watch, people);
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
        result.hits.push_back(make_hit(database, text, run.page[i], request.offset + i + 1,
                                       used->terms, analyzer, request, people));
    }
    // A question goes on past its matches with the articles that have most of its words; so
    // does any query with no match, so the reader sees the closest articles.
    const bool question = free_words(root).size() >= kQuestionWords;
    if (!used->relaxed.empty() && (question || result.total == 0)) {
        add_partial_matches(database, text, *used, analyzer, request, watch, people, result);
    }
    if (result.corrected && result.total == 0 && result.hits.empty()) {
        result.corrected = false;  // the suggestion found nothing either: the query stands
    }
    if (request.collapse) {
        watch.deadline.check();
        add_duplicates(database, text, used->strict, used->relaxed, result.hits);
    }
    watch.deadline.check();
    return result;
}

}  // namespace mss
