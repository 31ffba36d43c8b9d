#include <catch2/catch.hpp>

#include <mss/error.h>
#include <mss/search.h>

#include "seed_index.h"

namespace {

// The oracle: how many articles a filter on the entity finds, counted by the search itself.
std::size_t articles_naming(mss::Searcher& searcher, const mss::EntityCompletion& entity) {
    mss::SearchRequest request;
    request.text = entity.kind + ":" + entity.id;
    request.limit = 0;
    request.exact_total = true;
    return searcher.search(request).total;
}

}  // namespace

TEST_CASE("completions find a name by the start of any of its words, accents folded",
          "[entity_completion]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    for (const char* typed : {"cheri", "Chéri", "CHERIZ", "jimmy", "barbe"}) {
        CAPTURE(typed);
        const auto found = searcher.complete_entities(typed);
        const bool has = std::any_of(found.begin(), found.end(), [](const auto& entity) {
            return entity.kind == "person" && entity.id == "jimmy-cherizier";
        });
        CHECK(has);
    }
}

TEST_CASE("each completion counts the articles a filter on it finds, most first",
          "[entity_completion]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    for (const char* typed : {"k", "ha", "n", "m"}) {
        CAPTURE(typed);
        const auto found = searcher.complete_entities(typed, "", 50);
        REQUIRE_FALSE(found.empty());
        for (std::size_t i = 0; i < found.size(); ++i) {
            CAPTURE(found[i].id);
            CHECK(found[i].articles > 0);
            CHECK(found[i].articles == articles_naming(searcher, found[i]));
            if (i > 0) {
                CHECK(found[i - 1].articles >= found[i].articles);
            }
        }
    }
}

TEST_CASE("completions keep to the kind and the limit asked for", "[entity_completion]") {
    const mss::testing::SeedIndex index;
    mss::Searcher searcher(index.path());
    const auto countries = searcher.complete_entities("ken", "country");
    REQUIRE(countries.size() == 1);
    CHECK(countries[0].id == "ke");
    CHECK(countries[0].name == "Kenya");
    for (const auto& entity : searcher.complete_entities("n", "org", 50)) {
        CHECK(entity.kind == "organisation");
    }
    CHECK(searcher.complete_entities("a", "", 2).size() <= 2);
    CHECK(searcher.complete_entities("a", "", 0).empty());
    CHECK(searcher.complete_entities("  ").empty());
    CHECK(searcher.complete_entities("zzzz").empty());
    CHECK_THROWS_AS(searcher.complete_entities("ken", "planet"), mss::InvalidArgumentError);
}
