// mss-search in-process as a benchmark peer, through the public C++ API (mss::Searcher), so its
// query latency is measured on the same clock and query file as the other peers. The index is
// built with mss-index; the query is passed as typed, since mss-search decides itself how to
// match (every word first, then a ranked relaxed query when nothing matches every word).
#include <mss/search.h>

#include <exception>
#include <memory>
#include <stdexcept>

#include "peer_cli.h"

namespace mss_bench {
namespace {

constexpr std::size_t kSnippetChars = 200;

class MssPeer : public SearchPeer {
  public:
    bool counts_facets() const override { return true; }

    void open(const std::string& db) override { searcher_ = std::make_unique<mss::Searcher>(db); }

    std::vector<Hit> search(const std::string& query, const QueryOptions& options) override {
        mss::SearchRequest request;
        request.text = query;
        request.limit = options.limit;
        request.snippet_chars = options.snippets ? kSnippetChars : 0;
        request.facets = options.facets;
        mss::SearchResult result;
        try {
            result = searcher_->search(request);
        } catch (const std::exception& error) {
            throw std::runtime_error(error.what());  // a rejected query, counted as such
        }
        std::vector<Hit> hits;
        hits.reserve(result.hits.size());
        for (auto& hit : result.hits) {
            hits.push_back({std::move(hit.id), hit.score, std::move(hit.snippet)});
        }
        return hits;
    }

  private:
    std::unique_ptr<mss::Searcher> searcher_;
};

}  // namespace
}  // namespace mss_bench

int main(int argc, char** argv) {
    mss_bench::MssPeer peer;
    return mss_bench::run_peer_cli(argc, argv, "mss_peer", peer);
}
