// Queries of fields alone are ranked by how much each article is about the entity. The oracle is
// the raw text of the seeds: how often each names the person.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>

#include <mss/search.h>

#include "seed_index.h"

namespace {

std::size_t occurrences(const std::string& id, const std::string& word) {
    std::ifstream in(std::string(MSS_SOURCE_DIR "/seeds/") + id);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::size_t count = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("a query of fields alone ranks first the article most about the entity", "[searcher]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    mss::SearchRequest request;
    request.text = "person:Murkomen";
    request.snippet_chars = 0;
    const auto result = searcher.search(request);
    REQUIRE(result.hits.size() >= 2);
    std::size_t most = 0;
    for (const auto& hit : result.hits) {
        CHECK(hit.score > 0.0);
        most = std::max(most, occurrences(hit.id, "Murkomen"));
    }
    CHECK(occurrences(result.hits.front().id, "Murkomen") == most);
    CHECK(result.hits.front().score > result.hits.back().score);
}
