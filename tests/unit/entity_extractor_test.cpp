#include <catch2/catch.hpp>

#include "entities/entity_extractor.h"

namespace {

struct Fixture {
    mss::EntityRegistry registry = mss::EntityRegistry::parse(
        "country\tus\tUnited States\tU.S.\nplace\tnew-york\tNew York\n"
        "country\tge\tGeorgia\nplace\tatlanta\tAtlanta\n"
        "person\twilliam-ruto\tWilliam Ruto\tRuto\n"
        "organisation\tun\tUnited Nations\tUN\n"
        "organisation\tunsc\tUN Security Council\tSecurity Council\n",
        "test");
    mss::PersonCues cues = mss::PersonCues::parse("Representative\n", "The\n");
    mss::EntityImplications implications = [] {
        mss::EntityImplications links;
        links.add("new-york\tus\natlanta\tus\n", "test", mss::EntityKind::kPlace,
                  mss::EntityKind::kCountry);
        links.add("unsc\tun\n", "test", mss::EntityKind::kOrganisation,
                  mss::EntityKind::kOrganisation);
        return links;
    }();
    mss::EntityExtractor extractor{registry, cues, implications};
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

TEST_CASE("the Security Council alone also tags the UN", "[extractor]") {
    Fixture fixture;
    const auto mentions = fixture.extract("", "The Security Council voted on Monday.");
    const auto entities = mss::distinct_entities(mentions[1]);
    REQUIRE(entities.organisation.size() == 2);
    CHECK(entities.organisation[0].id == "unsc");
    CHECK(entities.organisation[1].id == "un");
    CHECK(entities.organisation[1].name == "United Nations");
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

TEST_CASE("a country named after a place of another country and a comma is a state",
          "[extractor]") {
    Fixture fixture;
    const auto entities =
        mss::distinct_entities(fixture.extract("", "a plant in Atlanta, Georgia, closed")[1]);
    REQUIRE(entities.country.size() == 1);
    CHECK(entities.country[0].id == "us");
    const auto georgia = mss::distinct_entities(fixture.extract("", "talks in Georgia ended")[1]);
    REQUIRE(georgia.country.size() == 1);
    CHECK(georgia.country[0].id == "ge");
}

TEST_CASE("names written inside a longer name are names the text writes, tagging nothing",
          "[extractor]") {
    Fixture fixture;
    const std::string body = "The UN Security Council met the Georgia delegation; us too.";
    const auto tokens = fixture.analyzer.analyze(body);
    const auto mentions = fixture.extractor.extract({{"", {}}, {body, tokens}});
    const auto nested = fixture.extractor.nested_names({body, tokens}, mentions[1]);
    // "UN" inside "UN Security Council"; Georgia and the pronoun "us" are no name inside one.
    REQUIRE(nested.size() == 1);
    CHECK(nested[0].kind == mss::EntityKind::kOrganisation);
    CHECK(nested[0].id == "un");
    // The council's own alias "Security Council" inside its longer name is the same entity.
    for (const auto& key : nested) {
        CHECK(key.id != "unsc");
    }
}
