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

TEST_CASE("French country names from ICU are aliases of the same ids", "[countries]") {
    const auto french = mss::iso_countries_in_french({});
    CHECK(french.resolve(EntityKind::kCountry, "États-Unis")->id == "us");
    CHECK(french.resolve(EntityKind::kCountry, "Haïti")->id == "ht");
    CHECK(french.resolve(EntityKind::kCountry, "Royaume-Uni")->id == "gb");
    CHECK(french.resolve(EntityKind::kCountry, "Birmanie")->id == "mm");
    auto registry = mss::iso_countries();
    registry.merge(french);
    // Merged, the English name stays the display name.
    CHECK(registry.find(EntityKind::kCountry, "us")->name == "United States");
    CHECK(registry.resolve(EntityKind::kCountry, "Allemagne")->id == "de");
}

TEST_CASE("French names left out are not aliases", "[countries]") {
    const auto french = mss::iso_countries_in_french({"maurice"});
    CHECK(french.resolve(EntityKind::kCountry, "Maurice") == nullptr);
    CHECK(french.resolve(EntityKind::kCountry, "Inde")->id == "in");
}
