// Searching an index: the searcher's side of the library, the same data the CLI prints.
//
// Thread-safety: a Searcher holds one Xapian reader and must be used from one thread at a time.
// To search from several threads, give each thread its own Searcher on the same index.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
std::optional<SortOrder> parse_sort_order(std::string_view name);

// "day", "month" or "year" (mss-search --by, date_bucket=); nothing for any other name.
std::optional<DateBucket> parse_date_bucket(std::string_view name);

struct SearchRequest {
    std::string text;                 // the query as a person types it (docs/QUERY.md)
    std::size_t limit = 10;           // hits wanted
    std::size_t offset = 0;           // hits to skip, for paging
    std::size_t snippet_chars = 200;  // approximate snippet length; 0: no snippet

    // Filters besides the query text. Values may be any alias or spelling of an entity; values of
    // one field are ORed, different fields ANDed.
    std::vector<std::string> persons;
    std::vector<std::string> countries;
    std::vector<std::string> organisations;
    std::vector<std::string> places;
    DateRange dates;  // also accepts partial and relative forms, as date: in the query does
    std::string now;  // YYYY-MM-DD that relative dates count from; empty means today

    SortOrder sort = SortOrder::kRelevance;
    bool facets = false;  // count person, country, organisation, place and date over all matches
    DateBucket date_bucket = DateBucket::kMonth;
    bool exact_total = false;  // count every match instead of estimating
};

// A span [begin, end) of the snippet that matched the query, in bytes of the UTF-8 snippet.
using Highlight = std::pair<std::size_t, std::size_t>;

struct EntityRef {
    std::string id;    // canonical id, e.g. "jimmy-cherizier", "ke"
    std::string name;  // display name, e.g. "Jimmy Chérizier", "Kenya"
};

struct ArticleEntities {
    std::vector<EntityRef> person;
    std::vector<EntityRef> country;
    std::vector<EntityRef> organisation;
    std::vector<EntityRef> place;
};

struct Hit {
    std::size_t rank = 0;  // 1-based, counting from the first hit of the whole result
    std::string id;
    std::string path;
    std::string title;
    std::optional<std::string> date;  // YYYY-MM-DD, absent for undated articles
    std::string date_source;          // where the date came from: "header", "text" or "none"
    double score = 0.0;
    std::string snippet;                      // plain text from the article, original spelling
    std::vector<Highlight> highlights;        // what matched, in snippet byte offsets
    std::vector<Highlight> title_highlights;  // what matched in the headline, in its byte offsets
    ArticleEntities entities;
    bool matches_all = true;  // false: the article has only some of the query's words
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
    std::vector<DateFacetValue> date;  // in calendar order
    std::size_t undated = 0;           // matching articles with no date
};

struct SearchResult {
    std::string query;
    std::size_t total = 0;        // matching articles: exact when `exact`, else an estimate
    std::size_t total_lower = 0;  // bounds on the estimate
    std::size_t total_upper = 0;
    bool exact = false;
    // Articles that match the query as typed: every word. When they do not fill the page, the
    // page goes on with articles that have only some of the words, ranked (Hit::matches_all is
    // false for those), and `relaxed` is true.
    std::size_t strict_total = 0;
    bool relaxed = false;
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
    // Throws mss::QueryError for a query that cannot be parsed, mss::ShardUnavailableError when a
    // shard stops answering (unless partial results were asked for).
    SearchResult search(const SearchRequest& request) const;

    // The query as a person types it, with every other setting at its default.
    SearchResult search(const std::string& text) const {
        SearchRequest request;
        request.text = text;
        return search(request);
    }

    // Entities whose name or alias starts with `typed`, or has a word that does, folded as
    // aliases are ("cheri" finds "Jimmy Chérizier"): only entities some article names, of `kind`
    // ("person", "country", "organisation"/"org", "place") when it is not empty; at most `limit`,
    // most articles first. Sees the index as it is now, as search() does.
    // Throws mss::InvalidArgumentError for an unknown kind.
    std::vector<EntityCompletion> complete_entities(std::string_view typed,
                                                    std::string_view kind = {},
                                                    std::size_t limit = 10) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mss
