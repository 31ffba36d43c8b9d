#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <mss/search.h>

#include "seed_index.h"

namespace {

std::vector<std::string> ranked_ids(mss::Searcher& searcher, const std::string& query,
                                    std::size_t limit) {
    mss::SearchRequest request;
    request.text = query;
    request.limit = limit;
    request.snippet_chars = 0;
    std::vector<std::string> ids;
    for (const auto& hit : searcher.search(request).hits) {
        ids.push_back(hit.id + " " + std::to_string(hit.score));
    }
    return ids;
}

}  // namespace

TEST_CASE("ranking the best BM25 matches by proximity gives the one-pass order and scores",
          "[searcher]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    // A page of 5 takes the two-pass ranking; a page of 60 reaches past it and takes one pass.
    for (const std::string query : {"Murkomen contingent", "Kenya police", "Haiti gangs mission"}) {
        const auto two_pass = ranked_ids(searcher, query, 5);
        auto one_pass = ranked_ids(searcher, query, 60);
        REQUIRE_FALSE(two_pass.empty());
        one_pass.resize(std::min(one_pass.size(), two_pass.size()));
        CHECK(two_pass == one_pass);
    }
}
