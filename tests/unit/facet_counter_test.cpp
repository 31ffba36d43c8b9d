#include <catch2/catch.hpp>

#include <map>
#include <random>

#include "facets/facet_counter.h"
#include "memory_index.h"

namespace {

using mss::EntityKind;
using mss::test::MemoryIndex;
using mss::test::TestArticle;

std::map<std::string, std::size_t> as_map(const std::vector<mss::FacetValue>& values) {
    std::map<std::string, std::size_t> counts;
    for (const auto& value : values) {
        counts[value.id] = value.count;
    }
    return counts;
}

mss::Facets count_facets(MemoryIndex& index, const Xapian::Query& query, mss::DateBucket bucket) {
    mss::FacetCounter counter(bucket);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(query);
    counter.attach(enquire);
    // A page of one: the counts must still cover every match.
    enquire.get_mset(0, 1, index.database.get_doccount());
    return counter.facets();
}

}  // namespace

TEST_CASE("facet counts equal a brute-force count over the same articles", "[facets]") {
    std::mt19937 random(20250118);
    const std::vector<std::string> people = {"a", "b", "c", "d", "e", "f"};
    const std::vector<std::string> words = {"police", "gang", "airport", "mission"};
    MemoryIndex index;
    std::vector<TestArticle> articles;
    for (int i = 0; i < 3000; ++i) {
        TestArticle article;
        article.id = "article-" + std::to_string(i);
        article.title = "Report " + std::to_string(i);
        article.body = words[random() % words.size()] + " " + words[random() % words.size()];
        if (random() % 5 != 0) {
            article.date = "2024-" + std::string(random() % 2 ? "11" : "12") + "-1" +
                           std::to_string(random() % 10);
        }
        for (const auto& person : people) {
            if (random() % 3 == 0) {
                article.entities.emplace_back(EntityKind::kPerson, person);
            }
        }
        index.add(article);
        articles.push_back(article);
    }
    const mss::Facets facets =
        count_facets(index, Xapian::Query("Zpolic"), mss::DateBucket::kMonth);

    std::map<std::string, std::size_t> people_expected, months_expected;
    std::size_t undated_expected = 0;
    for (const auto& article : articles) {
        if (article.body.find("police") == std::string::npos) {
            continue;
        }
        for (const auto& [kind, id] : article.entities) {
            ++people_expected[id];
        }
        if (article.date) {
            ++months_expected[article.date->substr(0, 7)];
        } else {
            ++undated_expected;
        }
    }
    CHECK(as_map(facets.person) == people_expected);
    std::map<std::string, std::size_t> months;
    for (const auto& value : facets.date) {
        months[value.bucket] = value.count;
    }
    CHECK(months == months_expected);
    CHECK(facets.undated == undated_expected);
}

TEST_CASE("an article naming three people counts once for each", "[facets]") {
    MemoryIndex index(mss::test::test_registry());
    index.add({"one",
               "Three names",
               "Murkomen, Masengeli and Chérizier; Murkomen again.",
               "2025-01-18",
               {{EntityKind::kPerson, "kipchumba-murkomen"},
                {EntityKind::kPerson, "gilbert-masengeli"},
                {EntityKind::kPerson, "jimmy-cherizier"}}});
    index.add({"two",
               "One name",
               "Murkomen alone.",
               "2025-01-19",
               {{EntityKind::kPerson, "kipchumba-murkomen"}}});
    const mss::Facets facets = count_facets(index, Xapian::Query::MatchAll, mss::DateBucket::kDay);
    REQUIRE(facets.person.size() == 3);
    CHECK(facets.person[0].id == "kipchumba-murkomen");
    CHECK(facets.person[0].name == "Kipchumba Murkomen");
    CHECK(facets.person[0].count == 2);
    CHECK(facets.person[1].count == 1);
    CHECK(facets.person[1].id == "gilbert-masengeli");  // ties sorted by id
    REQUIRE(facets.date.size() == 2);
    CHECK(facets.date[0].bucket == "2025-01-18");
    CHECK(facets.date[1].bucket == "2025-01-19");
}

TEST_CASE("date buckets by year and month follow the calendar", "[facets]") {
    MemoryIndex index;
    index.add({"a", "A", "text", "2024-12-31", {}});
    index.add({"b", "B", "text", "2025-01-01", {}});
    index.add({"c", "C", "text", "2025-01-31", {}});
    const auto months = count_facets(index, Xapian::Query::MatchAll, mss::DateBucket::kMonth);
    REQUIRE(months.date.size() == 2);
    CHECK(months.date[0].bucket == "2024-12");
    CHECK(months.date[1].bucket == "2025-01");
    CHECK(months.date[1].count == 2);
    const auto years = count_facets(index, Xapian::Query::MatchAll, mss::DateBucket::kYear);
    REQUIRE(years.date.size() == 2);
    CHECK(years.date[0].bucket == "2024");
    CHECK(years.date[1].count == 2);
}

TEST_CASE("facet counts over shards equal the counts over one index of the same articles",
          "[facets]") {
    MemoryIndex whole(mss::test::test_registry());
    MemoryIndex first(mss::test::test_registry());
    MemoryIndex second(mss::test::test_registry());
    const std::vector<std::string> people = {"kipchumba-murkomen", "gilbert-masengeli",
                                             "jimmy-cherizier"};
    for (int i = 0; i < 200; ++i) {
        TestArticle article{"article-" + std::to_string(i), "Report", "police report", {}, {}};
        if (i % 7 != 0) {
            article.date = "2025-0" + std::to_string(1 + i % 3) + "-1" + std::to_string(i % 10);
        }
        for (std::size_t p = 0; p < people.size(); ++p) {
            if ((i >> p) % 2 == 1) {
                article.entities.emplace_back(EntityKind::kPerson, people[p]);
            }
        }
        whole.add(article);
        (i % 3 == 0 ? first : second).add(article);
    }
    Xapian::Database shards;
    shards.add_database(first.database);
    shards.add_database(second.database);
    for (const auto bucket : {mss::DateBucket::kDay, mss::DateBucket::kMonth}) {
        mss::FacetCounter one(bucket), many(bucket);
        Xapian::Enquire on_one(whole.database), on_many(shards);
        for (auto* enquire : {&on_one, &on_many}) {
            enquire->set_query(Xapian::Query("Zpolic"));
        }
        one.attach(on_one);
        many.attach(on_many);
        on_one.get_mset(0, 1, whole.database.get_doccount());
        on_many.get_mset(0, 1, shards.get_doccount());
        const mss::Facets a = one.facets(), b = many.facets();
        CHECK(as_map(a.person) == as_map(b.person));
        CHECK(a.person.size() == 3);
        REQUIRE(a.date.size() == b.date.size());
        for (std::size_t i = 0; i < a.date.size(); ++i) {
            CHECK(a.date[i].bucket == b.date[i].bucket);
            CHECK(a.date[i].count == b.date[i].count);
        }
        CHECK(a.undated == b.undated);
        CHECK(a.undated > 0);
    }
}

TEST_CASE("an id shows the name most of its articles give it", "[facets]") {
    MemoryIndex index;
    // Articles in which the same person is written under different forms; the rarer one sorts
    // first, so the order of values decides nothing.
    int n = 0;
    for (const char* name :
         {"Paul Volcker", "Paul A. Volcker", "Paul Volcker", "Paul A. Volcker", "Paul Volcker"}) {
        index.add({"article-" + std::to_string(++n),
                   "Fed",
                   std::string(name) + " and the police",
                   {},
                   {{EntityKind::kPerson, "paul-volcker"}},
                   {},
                   {{"paul-volcker", name}}});
    }
    const auto people =
        count_facets(index, Xapian::Query("Zpolic"), mss::DateBucket::kMonth).person;
    REQUIRE(people.size() == 1);
    CHECK(people[0].name == "Paul Volcker");
    CHECK(people[0].count == 5);
}
