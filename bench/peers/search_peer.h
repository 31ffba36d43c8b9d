// The interface each benchmark peer implements, so that one command line (peer_cli.h) times
// every engine the same way: same input files, same clock, same figures.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "article_reader.h"

namespace mss_bench {

struct IndexOptions {
    std::size_t commit_every = 0;  // articles per commit; 0 = one commit at the end
};

struct IndexCounts {
    std::uint64_t added = 0;    // new or changed articles written to the index
    std::uint64_t skipped = 0;  // articles already indexed with the same content
};

enum class MatchMode {
    kAllWords,  // every word must match (what a person typing a query expects)
    kAnyWord,   // any word may match, ranked (the "OR of the query's words" quality run)
};

struct QueryOptions {
    std::size_t limit = 10;
    bool snippets = false;
    bool facets = false;  // count facets over all matches too (only mss-search can)
    MatchMode mode = MatchMode::kAllWords;
};

struct Hit {
    std::string id;
    double score = 0;
    std::string snippet;
};

class SearchPeer {
  public:
    virtual ~SearchPeer() = default;

    // Adds every article to the index at `db`, creating it when absent. An article whose id is
    // already indexed with the same content is skipped; one with changed content is replaced.
    virtual IndexCounts index(const std::string& db, ArticleReader& articles,
                              const IndexOptions& options) {
        (void)db, (void)articles, (void)options;
        throw std::runtime_error("this peer does not index; build its index with its own tool");
    }

    // Whether search() honours QueryOptions::facets.
    virtual bool counts_facets() const { return false; }

    // Opens the index for searching; called once before any search().
    virtual void open(const std::string& db) = 0;

    // The top `options.limit` hits for a query as a person would type it.
    // Throws std::runtime_error for a query the engine rejects.
    virtual std::vector<Hit> search(const std::string& query, const QueryOptions& options) = 0;
};

}  // namespace mss_bench
