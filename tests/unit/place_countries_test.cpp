#include <catch2/catch.hpp>

#include <mss/error.h>

#include "entities/place_countries.h"

TEST_CASE("places know their country", "[place-countries]") {
    const auto places =
        mss::PlaceCountries::parse("# comment\nport-au-prince\tht\nnew-york\tus\n", "test");
    REQUIRE(places.country_of("port-au-prince") != nullptr);
    CHECK(*places.country_of("port-au-prince") == "ht");
    CHECK(places.country_of("nowhere") == nullptr);
}

TEST_CASE("a malformed place line names file and line", "[place-countries]") {
    CHECK_THROWS_WITH(mss::PlaceCountries::parse("a\tb\nbroken\n", "places.tsv"),
                      Catch::Contains("places.tsv:2:"));
}
