#include <catch2/catch.hpp>

#include <xapian.h>

#include <mss/search.h>

#include "index_layout.h"
#include "schema.h"
#include "seed_index.h"

namespace {

// The highlighted parts of every snippet and headline of a result.
std::vector<std::string> marked(const mss::SearchResult& result) {
    std::vector<std::string> parts;
    for (const mss::Hit& hit : result.hits) {
        for (const auto& [begin, end] : hit.highlights) {
            parts.push_back(hit.snippet.substr(begin, end - begin));
        }
        for (const auto& [begin, end] : hit.title_highlights) {
            parts.push_back(hit.title.substr(begin, end - begin));
        }
    }
    return parts;
}

bool has(const std::vector<std::string>& parts, const std::string& part) {
    return std::find(parts.begin(), parts.end(), part) != parts.end();
}

}  // namespace

TEST_CASE("an entity named in the query is highlighted under its other names", "[search]") {
    const mss::testing::SeedIndex index;
    {
        // The registry the indexer stores; written here so the test needs no entity data files.
        Xapian::WritableDatabase database(
            mss::IndexLayout(index.path()).live_generation()->string());
        database.set_metadata(mss::schema::kEntitiesKey,
                              "person\tjimmy-cherizier\tJimmy Chérizier\tBarbeque\n");
        database.commit();
    }
    const auto parts = marked(mss::Searcher(index.path()).search("Barbeque"));
    CHECK(has(parts, "Barbeque"));
    CHECK(has(parts, "Jimmy Chérizier"));  // the longest alias, as one span
}

TEST_CASE("headline and snippet matches are highlighted in the original spelling", "[search]") {
    const mss::testing::SeedIndex index;
    const auto parts =
        marked(mss::Searcher(index.path()).search("\"National Police Service\" deploy cherizier"));
    CHECK(has(parts, "National Police Service"));
    CHECK(has(parts, "deployed"));
}
