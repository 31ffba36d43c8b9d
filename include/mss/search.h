// Searching an index: the searcher's side of the library, the same data the CLI prints.
//
// Thread-safety: a Searcher holds one Xapian reader, and what it keeps between searches (the
// index's surname links, read again after any commit), so it must be used from one thread at a
// time. To search from several threads, give each thread its own Searcher on the same index. Its
// calls are not const: each may reopen the reader on the index as it is now. The free functions
// keep no state and may be called from any thread; the structs are plain values.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <mss/article.h>

namespace mss {

// Inclusive calendar range; either end may be open. Ends are YYYY-MM-DD once resolved.
struct DateRange {
    std::optional<std::string> from;
    std::optional<std::string> to;
};

enum class SortOrder { kRelevance, kDateAscending, kDateDescending };
enum class DateBucket { kDay, kMonth, kYear };

// The names every front end takes (mss-search --sort, the Python module's sort=):
// "relevance", "date" (oldest first) or "-date" (newest first); nothing for any other name.
// Never throws.
std::optional<SortOrder> parse_sort_order(std::string_view name) noexcept;

// "day", "month" or "year" (mss-search --by, date_bucket=); nothing for any other name. Never
// throws.
std::optional<DateBucket> parse_date_bucket(std::string_view name) noexcept;

// Totals are exact up to this many matches unless a request asks otherwise; beyond it they are
// estimates with bounds (Elasticsearch's default track_total_hits is the same 10,000).
inline constexpr std::size_t kExactCountUpTo = 10000;

// The query-language form of "articles like this one": like:"ID" (docs/QUERY.md). Words and
// filters added after it narrow the related articles. Throws nothing but std::bad_alloc.
std::string like_query_text(const std::string& article_id);

struct SearchRequest {
    // The query as a person types it (docs/QUERY.md). Blank with filters below: every article the
    // filters keep, ranked as the same fields in the query are (by how much an article is about
    // the entities); with only dates and sources, which weigh nothing, newest first.
    std::string text;
    std::size_t limit = 10;           // hits wanted
    std::size_t offset = 0;           // hits to skip, for paging
    std::size_t snippet_chars = 200;  // approximate snippet length; 0: no snippet

    // Filters besides the query text. Values may be any alias or spelling of an entity; values of
    // one field are ORed, different fields ANDed.
    std::vector<std::string> persons;
    std::vector<std::string> countries;
    std::vector<std::string> organisations;
    std::vector<std::string> places;
    // Outlets, as source: takes them (docs/QUERY.md): the whole name, in any case or accents.
    std::vector<std::string> sources;
    // Languages, as lang: takes them: a code ("fr") or a name ("French"); free words are then
    // searched in these languages' forms only.
    std::vector<std::string> languages;
    DateRange dates;  // also accepts partial and relative forms, as date: in the query does
    std::string now;  // YYYY-MM-DD that relative dates count from; empty means today

    SortOrder sort = SortOrder::kRelevance;
    bool facets = false;  // count person, country, organisation, place, source, lang and date over
                          // all matches
    DateBucket date_bucket = DateBucket::kMonth;
    // Totals are exact when there are at most this many matches, else estimated; larger values
    // cost more time on wide queries.
    std::size_t exact_up_to = kExactCountUpTo;
    bool exact_total = false;  // count every match exactly, however many
    // When the query as typed matches nothing and has a spelling suggestion, search the
    // suggestion instead (SearchResult::corrected says so). False: the query stands and matches
    // nothing; the suggestion is only reported. Counts and id lists for scripts want false: a
    // number alone cannot say it answers another query.
    bool search_suggestion = true;
    // One hit per story: near-copies of an article (syndicated, retitled, cut or corrected
    // versions, docs/SCHEMA.md "Stories") are listed under the best-ranked one as its
    // Hit::duplicates instead of as hits of their own. Totals and facets count articles either way.
    bool collapse = true;
    // Verbose questions (five or more words that are not stopwords) are ranked again with the
    // best terms of their best matches (docs/QUERY.md, "Feedback for questions"); which articles
    // match does not change.
    bool feedback = true;
    // Wall-clock limit on this search in seconds; 0: none. Past it, search() throws
    // mss::TimeLimitError. It is checked between the steps of a search (matching, counting,
    // facets, snippets, copies), every 256 matches the matcher weighs, and every 256 articles a
    // phrase or proximity window reads the positions of (so a phrase no article has is stopped
    // too), on a local index; a remote shard is bounded by ShardOptions::timeout_ms instead.
    // docs/HOSTILE_INPUT.md gives the worst cases measured.
    double time_limit_seconds = 0;

    // Whether any filter besides the text is set (an entity, an outlet or a date bound).
    bool has_filters() const noexcept {
        return !persons.empty() || !countries.empty() || !organisations.empty() ||
               !places.empty() || !sources.empty() || !languages.empty() || dates.from || dates.to;
    }
};

// A span [begin, end) of a hit's snippet or headline that matched the query, in characters
// (Unicode code points, end exclusive), as JSON and Python count them: Python's
// `snippet[begin:end]` is the match. utf8_byte_offset() turns either end into bytes.
using Highlight = std::pair<std::size_t, std::size_t>;

// The byte at which character `index` of the UTF-8 `text` starts; text.size() at or past its
// end. Each byte that does not continue a UTF-8 sequence starts a character, as Highlight counts.
std::size_t utf8_byte_offset(std::string_view text, std::size_t index) noexcept;

// A near-copy of a hit, listed under it when results are collapsed by story.
struct Duplicate {
    std::string id;
    std::string path;
    std::string title;
    std::string source;               // empty when the article names none
    std::optional<std::string> date;  // YYYY-MM-DD
};

struct Hit {
    std::size_t rank = 0;  // 1-based, counting from the first hit of the whole result
    std::string id;
    std::string path;
    std::string title;
    std::optional<std::string> date;  // YYYY-MM-DD, absent for undated articles
    std::string date_source;          // where the date came from: "header", "text" or "none"
    std::string url;                  // for citing: "" when the source gave none
    std::string source;               // the outlet, as the source names it; "" when unknown
    std::string author;               // the byline; "" when unknown
    std::string lang;                 // the language it was analysed in: "en", "fr" or "ht"
    double score = 0.0;
    std::string snippet;                      // plain text from the article, original spelling
    std::vector<Highlight> highlights;        // what matched in the snippet, in its characters
    std::vector<Highlight> title_highlights;  // what matched in the headline, in its characters
    ArticleEntities entities;
    // false: not a match, an article with only some of the query's free words shown after the
    // matches (SearchResult::partial_hits).
    bool matches_all = true;
    std::string story;  // the story id shared with its near-copies
    // The other matching articles of the same story, best-ranked first; with collapsing only.
    std::vector<Duplicate> duplicates;
};

struct FacetValue {
    std::string id;
    std::string name;
    std::size_t count = 0;
};

struct DateFacetValue {
    std::string bucket;  // "2025", "2025-01" or "2025-01-18", by the request's date_bucket
    std::size_t count = 0;
};

// Counts over every matching article, not only the page shown. Values sorted by count, then id.
struct Facets {
    std::vector<FacetValue> person;
    std::vector<FacetValue> country;
    std::vector<FacetValue> organisation;
    std::vector<FacetValue> place;
    std::vector<FacetValue> source;    // outlets: id as in source:, name as the articles write it
    std::vector<FacetValue> lang;      // languages: id the code ("fr"), name in English ("French")
    std::vector<DateFacetValue> date;  // in calendar order
    std::size_t undated = 0;           // matching articles with no date
};

struct SearchResult {
    std::string query;
    // The matches: articles that satisfy the query as docs/QUERY.md defines it (every free word,
    // every phrase and field). Exact when `exact` (always up to SearchRequest::exact_up_to
    // matches), else an estimate within [total_lower, total_upper]. Facets count the same.
    std::size_t total = 0;
    std::size_t total_lower = 0;
    std::size_t total_upper = 0;
    bool exact = false;
    std::size_t strict_total = 0;  // the same as `total`, kept for readers of schema 1
    // A question (three or more free words), or a query with no match, may go on after its
    // matches with articles that have only some of its free words, ranked (Hit::matches_all
    // false). They are not matches and no count or facet includes them: `partial_hits` says how
    // many of `hits` they are, and `relaxed` is true exactly when there is at least one.
    std::size_t partial_hits = 0;
    bool relaxed = false;
    // Distinct stories among the matching articles (as many as `total` without near-copies):
    // exact when `stories_exact`, else an estimate.
    std::optional<std::size_t> stories;  // absent when the search did not collapse nor count them
    bool stories_exact = false;
    std::optional<std::string> suggestion;  // a likely spelling correction of the query
    bool corrected = false;  // true when the original found nothing and `suggestion` was searched
    std::size_t undated_excluded = 0;  // undated articles left out by a date filter
    // Limits the search ran into, one sentence each ("'a*' matches more than 200 words; ...").
    std::vector<std::string> notes;
    std::vector<Hit> hits;
    std::optional<Facets> facets;  // present when the request asked for facets
    // True when some shards of the index did not answer and the result covers only the others
    // (only with ShardOptions::partial); unavailable_shards names them as the index stub does.
    bool partial = false;
    std::vector<std::string> unavailable_shards;
};

// How a Searcher reaches the shards of an index (docs/SCALING.md). An unsharded index is one
// local shard, and none of this matters to it.
struct ShardOptions {
    // Search the shards that answer when some do not, and say so in the result, instead of
    // throwing ShardUnavailableError.
    bool partial = false;
    unsigned timeout_ms = 10000;         // a remote shard must answer each request within this
    unsigned connect_timeout_ms = 2000;  // and accept a connection within this
};

// An article as the index stores it: what `mss-search --show` prints. `article` holds the text as
// the reader extracted it (headline, the whole body), its path as resolved at index time, the
// date the indexer settled on, and url, source and author ("" when unknown).
struct IndexedArticle {
    Article article;
    std::string date_source;  // "header", "text" or "none"
    ArticleEntities entities;
};

// An entity name offered as a completion of what a person has typed so far.
struct EntityCompletion {
    std::string kind;          // "person", "country", "organisation" or "place"
    std::string id;            // canonical id, as facets and filters take it
    std::string name;          // display name
    std::size_t articles = 0;  // articles of the index that name it
};

class Searcher {
  public:
    // Opens the index read-only: an index folder, or a stub file listing shards (local folders or
    // remote xapian-tcpsrv servers). Throws mss::IndexMissingError when there is none at
    // `index_dir`, and mss::ShardUnavailableError when a shard cannot be opened (unless
    // `shards.partial`).
    explicit Searcher(const std::string& index_dir, const ShardOptions& shards = {});
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    // Searches the index as it is now: what incremental runs committed and a rebuild published
    // since the last search are seen (docs/SCHEMA.md, "Generations").
    // Throws mss::QueryError for a query that cannot be parsed or is over the query budget
    // (docs/HOSTILE_INPUT.md), mss::InvalidArgumentError for a request field out of range (a
    // date that cannot be read, a range that ends before it starts, an unknown language, a
    // negative time limit, `now` not YYYY-MM-DD), mss::TimeLimitError past
    // request.time_limit_seconds, mss::ShardUnavailableError when a shard stops answering (unless
    // partial results were asked for), mss::IndexMissingError when a rebuilt index cannot be
    // opened again, and mss::IoError when the index cannot be read.
    SearchResult search(const SearchRequest& request);

    // The query as a person types it, with every other setting at its default.
    SearchResult search(const std::string& text) {
        SearchRequest request;
        request.text = text;
        return search(request);
    }

    // The stored article with this id, or nothing when the index has none (as `notmuch show` and
    // `mu view` read a message). Throws mss::IndexMissingError (mss::ShardUnavailableError for a
    // shard) when a rebuilt index cannot be opened again, and mss::IoError when the index cannot
    // be read.
    std::optional<IndexedArticle> article(const std::string& id);

    // Entities whose name or alias starts with `typed`, or has a word that does, folded as
    // aliases are ("cheri" finds "Jimmy Chérizier"): only entities some article names, of `kind`
    // ("person", "country", "organisation"/"org", "place") when it is not empty; at most `limit`,
    // most articles first. Sees the index as it is now, as search() does.
    // Throws mss::InvalidArgumentError for an unknown kind, and as article() does for an index
    // that cannot be read.
    std::vector<EntityCompletion> complete_entities(std::string_view typed,
                                                    std::string_view kind = {},
                                                    std::size_t limit = 10);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mss
