// Searching an index: the searcher's side of the library, the same data the CLI prints.
//
// Thread-safety: a Searcher holds one Xapian reader and must be used from one thread at a time.
// To search from several threads, give each thread its own Searcher on the same index.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mss {

struct SearchRequest {
    std::string text;                 // the query as a person types it
    std::size_t limit = 10;           // hits wanted
    std::size_t offset = 0;           // hits to skip, for paging
    std::size_t snippet_chars = 200;  // approximate snippet length
};

// A span [begin, end) of the snippet that matched the query, in bytes of the UTF-8 snippet.
using Highlight = std::pair<std::size_t, std::size_t>;

struct Hit {
    std::size_t rank = 0;  // 1-based, counting from the first hit of the whole result
    std::string id;
    std::string path;
    std::string title;
    std::optional<std::string> date;  // YYYY-MM-DD, absent for undated articles
    double score = 0.0;
    std::string snippet;                // plain text from the article, original spelling
    std::vector<Highlight> highlights;  // what matched, in snippet byte offsets
};

struct SearchResult {
    std::string query;
    std::size_t total = 0;  // matching articles (Xapian's estimate)
    bool relaxed = false;   // true when no article matched every word and any word was used
    std::vector<Hit> hits;
};

class Searcher {
  public:
    // Opens the index read-only. Throws mss::IndexMissingError when there is none at `index_dir`.
    explicit Searcher(const std::string& index_dir);
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    // Throws mss::QueryError for a query that cannot be parsed.
    SearchResult search(const SearchRequest& request) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mss
