#include <catch2/catch.hpp>

#include <mss/error.h>

#include "entities/entity_registry.h"

using mss::EntityKind;
using mss::EntityRegistry;

TEST_CASE("any alias resolves to its entity in any case and accent", "[registry]") {
    const auto registry = EntityRegistry::parse(
        "person\tjimmy-cherizier\tJimmy Chérizier\tBarbeque|Barbecue\n", "test");
    const auto* entity = registry.resolve(EntityKind::kPerson, "barbeque");
    REQUIRE(entity != nullptr);
    CHECK(entity->id == "jimmy-cherizier");
    CHECK(registry.resolve(EntityKind::kPerson, "jimmy cherizier") == entity);
    CHECK(registry.resolve(EntityKind::kPerson, "jimmy-cherizier") == entity);
    CHECK(registry.resolve(EntityKind::kCountry, "barbeque") == nullptr);
}

TEST_CASE("an id names its entity in a field but is no alias of free text", "[registry]") {
    const auto registry = EntityRegistry::parse("country\tin\tIndia\tIndian\n", "test");
    const auto* india = registry.find(EntityKind::kCountry, "in");
    REQUIRE(india != nullptr);
    CHECK(registry.resolve(EntityKind::kCountry, "IN") == india);
    CHECK(registry.with_alias_key("in").empty());
    CHECK(registry.with_alias_key("indian") == std::vector<const mss::Entity*>{india});
}

TEST_CASE("a line without a name adds aliases and keeps the name", "[registry]") {
    auto registry = EntityRegistry::parse("country\tke\tKenya\n", "a");
    registry.merge(EntityRegistry::parse("country\tke\t\tKenyan|Kenyans\n", "b"));
    const auto* kenya = registry.find(EntityKind::kCountry, "ke");
    REQUIRE(kenya != nullptr);
    CHECK(kenya->name == "Kenya");
    CHECK(registry.resolve(EntityKind::kCountry, "Kenyans") == kenya);
}

TEST_CASE("dotted acronyms resolve like plain ones", "[registry]") {
    const auto registry = EntityRegistry::parse("country\tus\tUnited States\tU.S.\n", "test");
    CHECK(registry.resolve(EntityKind::kCountry, "US") != nullptr);
}

TEST_CASE("the serialised registry reads back the same", "[registry]") {
    auto registry = EntityRegistry::parse("country\tht\tHaiti\n", "a");
    registry.merge(EntityRegistry::parse("country\tht\t\tHaitian\nplace\tjkia\tJKIA\n", "b"));
    const auto again = EntityRegistry::parse(registry.serialise(), "index");
    CHECK(again.serialise() == registry.serialise());
    CHECK(again.find(EntityKind::kCountry, "ht")->name == "Haiti");
}

TEST_CASE("cues resolve a field value but are not names", "[registry]") {
    auto registry = EntityRegistry::parse("country\tus\tUnited States\tUS\tWashington\n", "a");
    registry.merge(EntityRegistry::parse("country\tus\t\t\tAmerican\n", "b"));
    const auto* us = registry.find(EntityKind::kCountry, "us");
    REQUIRE(us != nullptr);
    CHECK(us->aliases == std::vector<std::string>{"United States", "US"});
    CHECK(us->cues == std::vector<std::string>{"Washington", "American"});
    CHECK(registry.resolve(EntityKind::kCountry, "washington") == us);
    const auto again = EntityRegistry::parse(registry.serialise(), "index");
    CHECK(again.serialise() == registry.serialise());
    CHECK(again.find(EntityKind::kCountry, "us")->cues == us->cues);
    const auto cues_only = EntityRegistry::parse("country\tzz\t\t\tZedish\n", "c");
    CHECK(EntityRegistry::parse(cues_only.serialise(), "index").serialise() ==
          cues_only.serialise());
}

TEST_CASE("malformed entity lines name file and line", "[registry]") {
    CHECK_THROWS_WITH(EntityRegistry::parse("# c\nperson\tx\n", "people.tsv"),
                      Catch::Contains("people.tsv:2:"));
    CHECK_THROWS_WITH(EntityRegistry::parse("robot\tx\tX\n", "extra.tsv"),
                      Catch::Contains("extra.tsv:1: unknown entity kind 'robot'"));
    CHECK_THROWS_AS(EntityRegistry::parse("person\tx\t\t\n", "p"), mss::InputError);
}
