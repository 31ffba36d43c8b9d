#include <catch2/catch.hpp>

#include <xapian.h>

#include <mss/search.h>

#include "index_layout.h"
#include "schema.h"
#include "seed_index.h"

namespace {

// The characters [begin, end) of `text`, cut by hand from its UTF-8 bytes.
std::string characters(const std::string& text, std::size_t begin, std::size_t end) {
    std::string out;
    std::size_t index = 0;
    for (const char c : text) {
        index += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // a byte that starts one
        if (index > begin && index <= end) {
            out += c;
        }
    }
    return out;
}

// The highlighted parts of every snippet and headline of a result (spans count characters).
std::vector<std::string> marked(const mss::SearchResult& result) {
    std::vector<std::string> parts;
    for (const mss::Hit& hit : result.hits) {
        for (const auto& [begin, end] : hit.highlights) {
            parts.push_back(characters(hit.snippet, begin, end));
        }
        for (const auto& [begin, end] : hit.title_highlights) {
            parts.push_back(characters(hit.title, begin, end));
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
