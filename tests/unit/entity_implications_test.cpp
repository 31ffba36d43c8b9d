#include <catch2/catch.hpp>

#include <mss/error.h>

#include "entities/entity_implications.h"

using mss::EntityKind;

TEST_CASE("places know their country", "[implications]") {
    mss::EntityImplications implications;
    implications.add("# comment\nport-au-prince\tht\nnew-york\tus\n", "test", EntityKind::kPlace,
                     EntityKind::kCountry);
    const mss::EntityKey* country = implications.implied_by(EntityKind::kPlace, "port-au-prince");
    REQUIRE(country != nullptr);
    CHECK(country->kind == EntityKind::kCountry);
    CHECK(country->id == "ht");
    CHECK(implications.implied_by(EntityKind::kPlace, "nowhere") == nullptr);
}

TEST_CASE("an organisation implies its parent, and kinds do not mix", "[implications]") {
    mss::EntityImplications implications;
    implications.add("unsc\tun\n", "parents", EntityKind::kOrganisation, EntityKind::kOrganisation);
    implications.add("unsc\tus\n", "places", EntityKind::kPlace, EntityKind::kCountry);
    const mss::EntityKey* parent = implications.implied_by(EntityKind::kOrganisation, "unsc");
    REQUIRE(parent != nullptr);
    CHECK(parent->kind == EntityKind::kOrganisation);
    CHECK(parent->id == "un");
    CHECK(implications.implied_by(EntityKind::kPlace, "unsc")->id == "us");
    CHECK(implications.implied_by(EntityKind::kCountry, "unsc") == nullptr);
}

TEST_CASE("a malformed implication line names file and line", "[implications]") {
    mss::EntityImplications implications;
    CHECK_THROWS_WITH(
        implications.add("a\tb\nbroken\n", "places.tsv", EntityKind::kPlace, EntityKind::kCountry),
        Catch::Contains("places.tsv:2:"));
}
