#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "schema.h"

TEST_CASE("the facets value reads back as the article's entities, outlet and day", "[schema]") {
    mss::schema::FacetSet facets;
    facets.entities.person = {{"jimmy-cherizier", "Jimmy Chérizier"}};
    facets.entities.country = {{"ke", "Kenya"}, {"ht", "Haiti"}};
    facets.entities.place = {{"port-au-prince", "Port-au-Prince"}};
    facets.source = {{"caribbean-wire", "Caribbean\tWire"}};
    facets.language = {{"fr", "French"}};
    facets.day = "20250122";
    const std::string value = mss::schema::facets_value(facets);
    CHECK(value ==
          "Pjimmy-cherizier\tJimmy Chérizier\nCke\tKenya\nCht\tHaiti\n"
          "Lport-au-prince\tPort-au-Prince\nRcaribbean-wire\tCaribbean Wire\nGfr\tFrench\n"
          "D20250122\n");
    const auto back = mss::schema::parse_facets_value(value);
    REQUIRE(back.entities.country.size() == 2);
    CHECK(back.entities.country[1].id == "ht");
    CHECK(back.entities.country[1].name == "Haiti");
    CHECK(back.entities.person[0].name == "Jimmy Chérizier");
    CHECK(back.entities.organisation.empty());
    REQUIRE(back.source.size() == 1);
    CHECK(back.source[0].name == "Caribbean Wire");  // a tab would split the line
    REQUIRE(back.language.size() == 1);
    CHECK(back.language[0].id == "fr");
    CHECK(back.day == "20250122");
}

TEST_CASE("each entity kind has its own term prefixes and facet letter", "[schema]") {
    std::set<std::string> prefixes;
    std::set<char> letters = {mss::schema::kSourceFacet, mss::schema::kLanguageFacet,
                              mss::schema::kDayFacet};
    for (const mss::EntityKind kind : mss::kAllEntityKinds) {
        const auto& entry = mss::schema::entity_kind_schema(kind);
        CHECK(entry.kind == kind);
        CHECK(mss::schema::entity_term(kind, "x") == std::string(entry.prefix) + "x");
        CHECK(mss::schema::named_entity_term(kind, "x") == std::string(entry.named_prefix) + "x");
        CHECK(prefixes.insert(entry.prefix).second);
        CHECK(prefixes.insert(entry.named_prefix).second);
        CHECK(letters.insert(entry.facet).second);
        CHECK(mss::schema::entity_kind_of_facet(entry.facet) == &entry);
        // The line of each kind reads back into that kind's entities.
        mss::schema::FacetSet facets;
        (facets.entities.*entry.refs).push_back({"id", "Name"});
        const auto back = mss::schema::parse_facets_value(mss::schema::facets_value(facets));
        CHECK((back.entities.*entry.refs).size() == 1);
    }
    CHECK(mss::schema::entity_term(mss::EntityKind::kPerson, "ariel-henry") == "XPariel-henry");
    CHECK(mss::schema::entity_kind_of_facet(mss::schema::kSourceFacet) == nullptr);
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

TEST_CASE("an id term gives back its id unless it was shortened", "[schema]") {
    for (const std::string& id : {std::string("a.txt"), std::string(200, 'x'),
                                  std::string(183, 'x') + "#" + std::string(16, 'y')}) {
        const std::string term = mss::schema::id_term(id);
        const std::string back = mss::schema::id_of_term(term);
        // Either the id itself, or nothing (read from the stored article): never another id.
        CHECK((back == id || back.empty()));
    }
    CHECK(mss::schema::id_of_term(mss::schema::id_term("a.txt")) == "a.txt");
    CHECK(mss::schema::id_of_term(mss::schema::id_term(std::string(200, 'x'))) ==
          std::string(200, 'x'));
    CHECK(mss::schema::id_of_term(mss::schema::id_term(std::string(201, 'x'))).empty());
    CHECK(mss::schema::id_of_term(mss::schema::id_term(std::string(5000, 'x'))).empty());
    CHECK(mss::schema::id_of_term("").empty());
}
