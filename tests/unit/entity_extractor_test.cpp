#include <catch2/catch.hpp>

#include "entities/entity_extractor.h"

namespace {

struct Fixture {
    mss::EntityRegistry registry = mss::EntityRegistry::parse(
        "country\tus\tUnited States\tU.S.\nplace\tnew-york\tNew York\n"
        "person\twilliam-ruto\tWilliam Ruto\tRuto\n",
        "test");
    mss::PersonCues cues = mss::PersonCues::parse("Representative\n", "The\n");
    mss::PlaceCountries places = mss::PlaceCountries::parse("new-york\tus\n", "test");
    mss::EntityExtractor extractor{registry, cues, places};
    mss::Analyzer analyzer{mss::StopwordList::parse("the\n")};

    std::vector<std::vector<mss::EntityMention>> extract(const std::string& title,
                                                         const std::string& body) {
        const auto title_tokens = analyzer.analyze(title);
        const auto body_tokens = analyzer.analyze(body);
        return extractor.extract({{title, title_tokens}, {body, body_tokens}});
    }
};

}  // namespace

TEST_CASE("a place also tags its country", "[extractor]") {
    Fixture fixture;
    const auto mentions = fixture.extract("", "NEW YORK, March 3 - shares rose");
    const auto entities = mss::distinct_entities(mentions[1]);
    REQUIRE(entities.place.size() == 1);
    REQUIRE(entities.country.size() == 1);
    CHECK(entities.country[0].id == "us");
    CHECK(entities.country[0].name == "United States");
}

TEST_CASE("a surname in a capitals-only headline links to the body's full name", "[extractor]") {
    Fixture fixture;
    const auto mentions =
        fixture.extract("YEUTTER SAYS TRADE TALKS GO ON",
                        "U.S. Trade Representative Clayton Yeutter said talks go on.");
    REQUIRE(mentions[0].size() == 1);
    CHECK(mentions[0][0].id == "clayton-yeutter");
    CHECK(mentions[0][0].begin == 0);
    CHECK(mentions[0][0].end == 7);
}

TEST_CASE("registry people are found before the cues look", "[extractor]") {
    Fixture fixture;
    const auto entities =
        mss::distinct_entities(fixture.extract("", "President William Ruto said so.")[1]);
    REQUIRE(entities.person.size() == 1);
    CHECK(entities.person[0].id == "william-ruto");
}
