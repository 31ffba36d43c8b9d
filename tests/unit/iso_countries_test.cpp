#include <catch2/catch.hpp>

#include "entities/iso_countries.h"

using mss::EntityKind;

TEST_CASE("every ISO country is named from ICU with its alpha-2 id", "[countries]") {
    const auto registry = mss::iso_countries();
    CHECK(registry.entities().size() >= 240);
    REQUIRE(registry.find(EntityKind::kCountry, "ke") != nullptr);
    CHECK(registry.find(EntityKind::kCountry, "ke")->name == "Kenya");
    CHECK(registry.find(EntityKind::kCountry, "ht")->name == "Haiti");
}

TEST_CASE("ICU short names and name parts are aliases", "[countries]") {
    const auto registry = mss::iso_countries();
    CHECK(registry.resolve(EntityKind::kCountry, "US")->id == "us");
    CHECK(registry.resolve(EntityKind::kCountry, "Burma")->id == "mm");
    CHECK(registry.resolve(EntityKind::kCountry, "Hong Kong")->id == "hk");
    CHECK(registry.resolve(EntityKind::kCountry, "Trinidad and Tobago")->id == "tt");
}
