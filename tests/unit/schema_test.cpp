#include <catch2/catch.hpp>

#include "schema.h"

TEST_CASE("the facets value reads back as the article's entities, outlet and day", "[schema]") {
    mss::schema::FacetSet facets;
    facets.entities.person = {{"jimmy-cherizier", "Jimmy Chérizier"}};
    facets.entities.country = {{"ke", "Kenya"}, {"ht", "Haiti"}};
    facets.entities.place = {{"port-au-prince", "Port-au-Prince"}};
    facets.source = {{"caribbean-wire", "Caribbean\tWire"}};
    facets.day = "20250122";
    const std::string value = mss::schema::facets_value(facets);
    CHECK(value ==
          "Pjimmy-cherizier\tJimmy Chérizier\nCke\tKenya\nCht\tHaiti\n"
          "Lport-au-prince\tPort-au-Prince\nRcaribbean-wire\tCaribbean Wire\nD20250122\n");
    const auto back = mss::schema::parse_facets_value(value);
    REQUIRE(back.entities.country.size() == 2);
    CHECK(back.entities.country[1].id == "ht");
    CHECK(back.entities.country[1].name == "Haiti");
    CHECK(back.entities.person[0].name == "Jimmy Chérizier");
    CHECK(back.entities.organisation.empty());
    REQUIRE(back.source.size() == 1);
    CHECK(back.source[0].name == "Caribbean Wire");  // a tab would split the line
    CHECK(back.day == "20250122");
}

TEST_CASE("an article without facets has an empty facets value", "[schema]") {
    CHECK(mss::schema::facets_value({}).empty());
    const auto back = mss::schema::parse_facets_value("");
    CHECK(back.entities.person.empty());
    CHECK(back.source.empty());
    CHECK(back.day.empty());
}

TEST_CASE("the date source is stored with the article", "[schema]") {
    mss::Article article;
    article.id = "a";
    CHECK(mss::schema::parse_stored_article(mss::schema::serialise_article(article, "text"))
              .date_source == "text");
    CHECK(mss::schema::parse_stored_article(mss::schema::serialise_article(article)).date_source ==
          "none");
}

TEST_CASE("an id and path that are not UTF-8 keep their bytes in the index", "[schema]") {
    mss::Article article;
    article.id = "caf\xe9.txt";
    article.path = "src/caf\xe9.txt";
    article.title = "T";
    const mss::Article stored =
        mss::schema::parse_article(mss::schema::serialise_article(article, ""));
    CHECK(stored.id == article.id);
    CHECK(stored.path == article.path);  // the path still opens the file
}
