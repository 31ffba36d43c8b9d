// What the searcher counts: matches only (every free word, every phrase and field), exactly up to
// the exact count limit. The oracle is the raw text of the seeds, read here, not the index.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <mss/error.h>
#include <mss/search.h>

#include "seed_index.h"

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string seed_text(const std::string& id) {
    std::ifstream in(std::string(MSS_SOURCE_DIR "/seeds/") + id);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Seed files whose text contains every one of `parts` (lower-case), by brute force.
std::size_t seeds_containing_all(const std::vector<std::string>& parts) {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(MSS_SOURCE_DIR "/seeds")) {
        std::ifstream in(entry.path());
        const std::string text = lower(
            std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
        count += std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
            return text.find(part) != std::string::npos;
        });
    }
    return count;
}

mss::SearchResult search(mss::Searcher& searcher, const std::string& text, std::size_t limit = 10) {
    mss::SearchRequest request;
    request.text = text;
    request.limit = limit;
    request.snippet_chars = 0;
    request.facets = true;
    return searcher.search(request);
}

std::size_t partial_hits_in(const mss::SearchResult& result) {
    return static_cast<std::size_t>(
        std::count_if(result.hits.begin(), result.hits.end(),
                      [](const mss::Hit& hit) { return !hit.matches_all; }));
}

}  // namespace

TEST_CASE("a question counts only the articles with every word; partial hits follow, uncounted",
          "[searcher][counts]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    const auto result = search(searcher, "Masengeli officers protecting");
    const std::size_t with_every_word = seeds_containing_all({"masengeli", "officer", "protect"});
    REQUIRE(with_every_word >= 1);
    CHECK(result.total == with_every_word);
    CHECK(result.strict_total == result.total);
    CHECK(result.exact);
    // The matches come first, then the partial hits, which the result counts apart.
    REQUIRE(result.hits.size() > result.total);
    for (std::size_t i = 0; i < result.hits.size(); ++i) {
        CHECK(result.hits[i].matches_all == (i < result.total));
    }
    CHECK(result.partial_hits == partial_hits_in(result));
    CHECK(result.relaxed);
    // Facets count the matches: the same as the query with every AND typed, which never relaxes.
    const auto strict = search(searcher, "Masengeli AND officers AND protecting");
    CHECK(strict.total == result.total);
    CHECK(strict.partial_hits == 0);
    REQUIRE(result.facets);
    REQUIRE(strict.facets);
    CHECK(result.facets->date.size() == strict.facets->date.size());
    std::size_t dated = 0;
    for (const auto& bucket : result.facets->date) {
        dated += bucket.count;
    }
    CHECK(dated + result.facets->undated == result.total);
}

TEST_CASE("relaxed is true exactly when partial hits are on the page", "[searcher][counts]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    // A page the matches fill has no partial hits, and is not relaxed.
    const auto full = search(searcher, "Haiti police mission", 1);
    REQUIRE(full.total >= 1);
    CHECK(full.partial_hits == 0);
    CHECK_FALSE(full.relaxed);
    // Keywords with matches never get partial hits.
    const auto keywords = search(searcher, "Murkomen contingent");
    CHECK(keywords.total == seeds_containing_all({"murkomen", "contingent"}));
    CHECK(partial_hits_in(keywords) == 0);
    CHECK_FALSE(keywords.relaxed);
}

TEST_CASE("with no article having every word the total is 0 and the closest articles are marked",
          "[searcher][counts]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    REQUIRE(seeds_containing_all({"masengeli", "xylophone"}) == 0);
    const auto result = search(searcher, "Masengeli xylophone");
    CHECK(result.total == 0);
    CHECK(result.total_upper == 0);
    // The closest articles: every one with the other word (the page holds them all).
    CHECK(result.hits.size() == seeds_containing_all({"masengeli"}));
    REQUIRE_FALSE(result.hits.empty());
    CHECK(partial_hits_in(result) == result.hits.size());
    CHECK(result.partial_hits == result.hits.size());
    CHECK(result.relaxed);
    REQUIRE(result.facets);
    CHECK(result.facets->person.empty());
    CHECK(result.facets->date.empty());
    CHECK(result.facets->undated == 0);
}

TEST_CASE("an explicit AND never relaxes, a field holds in partial hits, a phrase is whole",
          "[searcher][counts]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    for (const std::string query : {"Masengeli AND xylophone", "Masengeli title:xylophone",
                                    "Masengeli officers AND xylophone"}) {
        INFO(query);
        const auto result = search(searcher, query);
        CHECK(result.total == 0);
        CHECK(result.hits.empty());
        CHECK_FALSE(result.relaxed);
    }
    // No article has the phrase: nothing matches, though articles with the other word follow.
    REQUIRE(seeds_containing_all({"xylophone concert"}) == 0);
    const auto phrase = search(searcher, "Masengeli \"xylophone concert\"");
    CHECK(phrase.total == 0);
    CHECK(partial_hits_in(phrase) == phrase.hits.size());
    // A question with a field lets go of its free words only: every partial hit names the person.
    const auto with_field = search(searcher, "xylophone officers police person:Masengeli");
    CHECK(with_field.hits.size() == seeds_containing_all({"masengeli"}));
    REQUIRE_FALSE(with_field.hits.empty());
    for (const auto& hit : with_field.hits) {
        CHECK_FALSE(hit.matches_all);
        CHECK(lower(seed_text(hit.id)).find("masengeli") != std::string::npos);
    }
}

TEST_CASE("totals are exact by default however short the page", "[searcher][counts]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    for (const std::string word : {"murkomen", "contingent", "police", "masengeli"}) {
        INFO(word);
        mss::SearchRequest request;
        request.text = word;
        request.limit = 1;
        request.snippet_chars = 0;
        const auto result = searcher.search(request);
        CHECK(result.exact);
        CHECK(result.total == seeds_containing_all({word}));
    }
}

TEST_CASE("filters without query text find every article they keep", "[searcher_counts]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    mss::SearchRequest request;
    request.limit = 100;
    request.snippet_chars = 0;
    request.persons = {"kipchumba-murkomen"};
    const auto person = searcher.search(request);
    // The articles that write the surname, by the raw text, and ranked as the field is.
    CHECK(person.total == seeds_containing_all({"murkomen"}));
    const auto field = search(searcher, "person:kipchumba-murkomen", 100);
    REQUIRE(person.hits.size() == field.hits.size());
    for (std::size_t i = 0; i < person.hits.size(); ++i) {
        CHECK(person.hits[i].id == field.hits[i].id);
    }

    // Dates alone weigh nothing: every dated article in the range, newest first.
    request.persons.clear();
    request.dates.from = "2025-01-01";
    const auto dated = searcher.search(request);
    CHECK(dated.total == search(searcher, "date:2025-01-01..", 100).total);
    REQUIRE(dated.total > 1);
    for (std::size_t i = 0; i < dated.hits.size(); ++i) {
        REQUIRE(dated.hits[i].date);
        CHECK(*dated.hits[i].date >= "2025-01-01");
        if (i > 0) {
            CHECK(*dated.hits[i - 1].date >= *dated.hits[i].date);
        }
    }

    // Neither text nor filters: nothing to search for.
    request.dates = {};
    CHECK_THROWS_AS(searcher.search(request), mss::QueryError);
}
