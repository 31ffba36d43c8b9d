#include <catch2/catch.hpp>

#include "schema.h"

TEST_CASE("facet slot values read back as entities", "[schema]") {
    const std::vector<mss::EntityRef> entities{{"ke", "Kenya"},
                                               {"jimmy-cherizier", "Jimmy Chérizier"}};
    const std::string value = mss::schema::facet_value(entities);
    CHECK(value == "ke\tKenya\njimmy-cherizier\tJimmy Chérizier\n");
    const auto back = mss::schema::parse_facet_value(value);
    REQUIRE(back.size() == 2);
    CHECK(back[1].id == "jimmy-cherizier");
    CHECK(back[1].name == "Jimmy Chérizier");
    CHECK(mss::schema::parse_facet_value("").empty());
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
