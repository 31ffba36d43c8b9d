#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <unordered_set>

#include "facets/facet_counter.h"
#include "facets/surname_links.h"
#include "highlight/match_terms.h"
#include "memory_index.h"
#include "query/entity_field.h"
#include "schema.h"

namespace {

using mss::EntityKind;
using mss::SurnameLinks;
using mss::test::MemoryIndex;
using mss::test::TestArticle;

TestArticle article_naming(const std::string& id, const std::vector<std::string>& people) {
    TestArticle article;
    article.id = id;
    article.title = "Report " + id;
    article.body = "talks went on";
    for (const std::string& person : people) {
        article.entities.emplace_back(EntityKind::kPerson, person);
    }
    return article;
}

mss::Facets facets_of(MemoryIndex& index, const Xapian::Query& query) {
    mss::FacetCounter counter(mss::DateBucket::kMonth);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(query);
    counter.attach(enquire);
    enquire.get_mset(0, 0, index.database.get_doccount());
    return counter.facets(SurnameLinks::read(index.database), &index.database);
}

std::size_t count_of(const std::vector<mss::FacetValue>& values, const std::string& id) {
    for (const auto& value : values) {
        if (value.id == id) {
            return value.count;
        }
    }
    return 0;
}

// The articles a person: filter finds, as article ids.
std::set<std::string> filtered(MemoryIndex& index, const std::string& value) {
    mss::MatchTerms terms;
    const mss::EntityFieldQuery field =
        mss::entity_field_query(EntityKind::kPerson, value, 0, index.entities, index.analyzer,
                                terms, &index.database, Xapian::Query());
    Xapian::Enquire enquire(index.database);
    enquire.set_query(field.query);
    std::set<std::string> ids;
    for (const Xapian::docid docid : enquire.get_mset(0, index.database.get_doccount())) {
        ids.insert(mss::schema::parse_article(index.database.get_document(docid).get_data()).id);
    }
    return ids;
}

}  // namespace

TEST_CASE("a surname alone links to the one person of the index with that surname",
          "[surname-links]") {
    const SurnameLinks links =
        SurnameLinks::from_ids({"margaret-thatcher", "thatcher", "paul-volcker", "volcker"});
    CHECK(links.target("thatcher") == "margaret-thatcher");
    CHECK(links.target("volcker") == "paul-volcker");
    CHECK(links.target("margaret-thatcher") == "margaret-thatcher");
    CHECK(links.linked_to("margaret-thatcher") == std::vector<std::string>{"thatcher"});
}

TEST_CASE("a surname two people of the index share stays itself", "[surname-links]") {
    const SurnameLinks links =
        SurnameLinks::from_ids({"james-baker", "howard-baker", "baker", "lyng"});
    CHECK(links.target("baker") == "baker");
    // No full name at all: nothing to link to.
    CHECK(links.target("lyng") == "lyng");
    CHECK(links.empty());
}

TEST_CASE("a word the index has as a person's given name is not linked as a surname",
          "[surname-links]") {
    const SurnameLinks links = SurnameLinks::from_ids({"karl-otto-poehl", "stuart-karl", "karl"});
    CHECK(links.target("karl") == "karl");
    // Decided by articles: a stray name starting with the surname does not block it.
    const SurnameLinks counted = SurnameLinks::from_counts({{"margaret-thatcher", 47},
                                                            {"thatcher-conservative", 1},
                                                            {"thatcher", 4},
                                                            {"karl-otto-poehl", 30},
                                                            {"stuart-karl", 1},
                                                            {"karl", 3}});
    CHECK(counted.target("thatcher") == "margaret-thatcher");
    CHECK(counted.target("karl") == "karl");
}

TEST_CASE("a plural links to the person of its singular, a surname ending in s stays",
          "[surname-links]") {
    SECTION("the singular is a surname alone") {
        const SurnameLinks links =
            SurnameLinks::from_ids({"reagan", "reagans", "ronald-reagan", "nancy-reagan"});
        CHECK(links.target("reagans") == "reagan");
        CHECK(links.target("reagan") == "reagan");  // two Reagans: no full name to link to
    }
    SECTION("the singular has one full name") {
        const SurnameLinks links = SurnameLinks::from_ids({"reagans", "ronald-reagan"});
        CHECK(links.target("reagans") == "ronald-reagan");
    }
    SECTION("a surname of its own") {
        const SurnameLinks links = SurnameLinks::from_ids(
            {"jones", "tom-jones", "mary-jones", "williams", "athens", "davis"});
        CHECK(links.target("jones") == "jones");
        CHECK(links.target("williams") == "williams");  // no "william" in the index
        CHECK(links.target("athens") == "athens");
        CHECK(links.target("davis") == "davis");
    }
}

TEST_CASE("surname links follow the index as articles are added and deleted", "[surname-links]") {
    MemoryIndex index;
    index.add(article_naming("a", {"reagan"}));
    index.add(article_naming("b", {"ronald-reagan"}));
    CHECK(SurnameLinks::read(index.database).target("reagan") == "ronald-reagan");
    index.add(article_naming("c", {"nancy-reagan"}));
    CHECK(SurnameLinks::read(index.database).target("reagan") == "reagan");
    index.database.delete_document(mss::schema::id_term("c"));
    CHECK(SurnameLinks::read(index.database).target("reagan") == "ronald-reagan");
}

TEST_CASE("a linked surname counts under the full name once per article, as its filter finds",
          "[surname-links]") {
    std::mt19937 random(20261201);
    const std::vector<std::string> people = {"thatcher",    "margaret-thatcher", "baker",
                                             "james-baker", "howard-baker",      "lyng"};
    MemoryIndex index;
    std::map<std::string, std::set<std::string>> naming;  // person id -> article ids
    for (int i = 0; i < 400; ++i) {
        std::vector<std::string> named;
        for (const std::string& person : people) {
            if (random() % 4 == 0) {
                named.push_back(person);
                naming[person].insert("article-" + std::to_string(i));
            }
        }
        index.add(article_naming("article-" + std::to_string(i), named));
    }
    std::set<std::string> thatcher = naming["thatcher"];
    thatcher.insert(naming["margaret-thatcher"].begin(), naming["margaret-thatcher"].end());
    REQUIRE(thatcher.size() < naming["thatcher"].size() + naming["margaret-thatcher"].size());

    const mss::Facets facets = facets_of(index, Xapian::Query::MatchAll);
    CHECK(count_of(facets.person, "margaret-thatcher") == thatcher.size());
    CHECK(count_of(facets.person, "thatcher") == 0);
    CHECK(count_of(facets.person, "baker") == naming["baker"].size());
    CHECK(count_of(facets.person, "james-baker") == naming["james-baker"].size());
    // The full name's display name, not the surname's.
    for (const auto& value : facets.person) {
        if (value.id == "margaret-thatcher") {
            CHECK(value.name == "margaret-thatcher");
        }
    }
    // A click on the entry finds what it counts, by either id.
    CHECK(filtered(index, "margaret-thatcher") == thatcher);
    CHECK(filtered(index, "thatcher") == thatcher);
    CHECK(filtered(index, "baker") == naming["baker"]);
}

TEST_CASE("a full name counted only through its surname still shows the full name",
          "[surname-links]") {
    MemoryIndex index;
    index.add(article_naming("a", {"thatcher"}));
    index.add(article_naming("b", {"margaret-thatcher"}));
    const mss::Facets facets =
        facets_of(index, Xapian::Query(mss::entity_term(EntityKind::kPerson, "thatcher")));
    REQUIRE(facets.person.size() == 1);
    CHECK(facets.person[0].id == "margaret-thatcher");
    CHECK(facets.person[0].name ==
          "margaret-thatcher");  // the name article b gives, not "thatcher"
    CHECK(facets.person[0].count == 1);
}

TEST_CASE("facets need the surname links only when an article tags a person by one word",
          "[surname-links]") {
    MemoryIndex index;
    index.add(article_naming("a", {"margaret-thatcher", "james-baker"}));
    index.add(article_naming("b", {"paul-volcker"}));
    const auto one_word_people = [&](const Xapian::Query& query) {
        mss::FacetCounter counter(mss::DateBucket::kMonth);
        Xapian::Enquire enquire(index.database);
        enquire.set_query(query);
        counter.attach(enquire);
        enquire.get_mset(0, 0, index.database.get_doccount());
        return counter.has_one_word_people();
    };
    CHECK_FALSE(one_word_people(Xapian::Query::MatchAll));
    index.add(article_naming("c", {"paul-volcker", "thatcher"}));
    CHECK(one_word_people(Xapian::Query::MatchAll));
    CHECK_FALSE(one_word_people(Xapian::Query(mss::schema::id_term("a"))));
}

TEST_CASE("a ruler's name is no full name of a surname: a surname alone links past it",
          "[surname-links]") {
    const std::unordered_set<std::string> royal = {"king", "sheikh"};
    // As the person finder has it: "Baudouin" alone is not King Baudouin.
    const SurnameLinks alone =
        SurnameLinks::from_counts({{"king-baudouin", 9}, {"baudouin", 2}}, royal);
    CHECK(alone.target("baudouin") == "baudouin");
    // The one commoner of that surname is the one person of the index with it.
    const SurnameLinks commoner = SurnameLinks::from_counts(
        {{"king-baudouin", 9}, {"denis-baudouin", 3}, {"baudouin", 2}}, royal);
    CHECK(commoner.target("baudouin") == "denis-baudouin");
    CHECK(commoner.target("king-baudouin") == "king-baudouin");
    // Without the titles a ruler is taken for the surname's one full name.
    CHECK(SurnameLinks::from_counts({{"king-baudouin", 9}, {"baudouin", 2}}).target("baudouin") ==
          "king-baudouin");
}

TEST_CASE("surname links read the royal titles an index records", "[surname-links]") {
    MemoryIndex index;
    index.add(article_naming("a", {"sheikh-yamani"}));
    index.add(article_naming("b", {"yamani"}));
    CHECK(SurnameLinks::read(index.database).target("yamani") == "sheikh-yamani");
    index.database.set_metadata(mss::schema::kRoyalTitlesKey, "king\nsheikh\n");
    index.database.commit();
    CHECK(SurnameLinks::read(index.database).target("yamani") == "yamani");
}
