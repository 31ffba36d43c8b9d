// The spies of a search over local databases (FacetLineSpy, StorySpy's key spy, facets counted in
// the ranked pass) against Xapian's own ValueCountMatchSpy, which remote shards use, and against
// counts made by hand over the articles added.
#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <random>
#include <set>

#include "facets/facet_counter.h"
#include "facets/surname_link_cache.h"
#include "match/ranked_run.h"
#include "memory_index.h"
#include "schema.h"
#include "scratch_folder.h"
#include "search_deadline.h"
#include "stories/story_collapse.h"

namespace {

using mss::EntityKind;
using mss::MatchedShards;
using mss::test::MemoryIndex;
using mss::test::TestArticle;

// Articles with people (some named by a surname alone, which the surname links may count under a
// full name), countries, days and stories drawn at random, the words "police" or "gang", "report"
// in every article and "mission" in one of fifty.
std::vector<TestArticle> random_articles(MemoryIndex& index, int count) {
    std::mt19937 random(20251202);
    const std::vector<std::string> people = {"kipchumba-murkomen", "murkomen",  "jimmy-cherizier",
                                             "gilbert-masengeli",  "masengeli", "baker"};
    const std::vector<std::string> countries = {"ke", "ht", "us"};
    std::vector<TestArticle> articles;
    for (int i = 0; i < count; ++i) {
        TestArticle article;
        article.id = "article-" + std::to_string(i);
        article.title = "Report " + std::to_string(i);
        article.body = std::string(random() % 3 == 0 ? "police" : "gang") +
                       (random() % 2 == 0 ? " police report" : " report");
        if (i % 50 == 0) {
            article.body += " mission";  // a rare word, which weighs much more than "report"
        }
        if (random() % 4 != 0) {
            article.date =
                "2025-0" + std::to_string(1 + random() % 3) + "-1" + std::to_string(random() % 10);
        }
        for (const std::string& person : people) {
            if (random() % 4 == 0) {
                article.entities.emplace_back(EntityKind::kPerson, person);
            }
        }
        for (const std::string& country : countries) {
            if (random() % 3 == 0) {
                article.entities.emplace_back(EntityKind::kCountry, country);
            }
        }
        if (random() % 2 == 0) {
            article.story = "story-" + std::to_string(random() % 40);
        }
        index.add(article);
        articles.push_back(article);
    }
    return articles;
}

bool same_values(const std::vector<mss::FacetValue>& a, const std::vector<mss::FacetValue>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].name != b[i].name || a[i].count != b[i].count) {
            return false;
        }
    }
    return true;
}

void check_same_facets(const mss::Facets& a, const mss::Facets& b) {
    CHECK(same_values(a.person, b.person));
    CHECK(same_values(a.country, b.country));
    CHECK(same_values(a.organisation, b.organisation));
    CHECK(same_values(a.place, b.place));
    CHECK(same_values(a.source, b.source));
    CHECK(same_values(a.lang, b.lang));
    REQUIRE(a.date.size() == b.date.size());
    for (std::size_t i = 0; i < a.date.size(); ++i) {
        CHECK(a.date[i].bucket == b.date[i].bucket);
        CHECK(a.date[i].count == b.date[i].count);
    }
    CHECK(a.undated == b.undated);
}

std::size_t count_of(const std::vector<mss::FacetValue>& values, const std::string& id) {
    for (const mss::FacetValue& value : values) {
        if (value.id == id) {
            return value.count;
        }
    }
    return 0;
}

}  // namespace

TEST_CASE("facets counted line by line equal those of Xapian's value count spy", "[facets]") {
    MemoryIndex index(mss::test::test_registry());
    const std::vector<TestArticle> articles = random_articles(index, 1500);
    const mss::SurnameLinks links = mss::SurnameLinks::read(index.database);
    REQUIRE(links.target("murkomen") == "kipchumba-murkomen");  // the links are in play

    mss::FacetCounter local(mss::DateBucket::kMonth, MatchedShards::kLocal);
    mss::FacetCounter remote(mss::DateBucket::kMonth, MatchedShards::kWithRemote);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(Xapian::Query("Zpolic"));
    local.attach(enquire);
    remote.attach(enquire);
    enquire.get_mset(0, 0, index.database.get_doccount());
    CHECK(local.has_one_word_people() == remote.has_one_word_people());
    check_same_facets(local.facets(links, &index.database), remote.facets(links, &index.database));
    check_same_facets(local.facets(), remote.facets());

    // And by hand: each article once under each country it names.
    std::map<std::string, std::size_t> countries;
    for (const TestArticle& article : articles) {
        if (article.body.find("police") == std::string::npos) {
            continue;
        }
        for (const auto& [kind, id] : article.entities) {
            countries[id] += kind == EntityKind::kCountry;
        }
    }
    const mss::Facets facets = local.facets(links, &index.database);
    for (const std::string country : {"ke", "ht", "us"}) {
        CHECK(count_of(facets.country, country) == countries[country]);
    }

    // People by hand too: a surname alone under the one full name of the articles that ends in
    // it, each article once; months and undated articles as the dates were written.
    const std::map<std::string, std::string> full_name_of = {{"murkomen", "kipchumba-murkomen"},
                                                             {"masengeli", "gilbert-masengeli"}};
    std::map<std::string, std::size_t> people, months;
    std::size_t undated = 0;
    for (const TestArticle& article : articles) {
        if (article.body.find("police") == std::string::npos) {
            continue;
        }
        std::set<std::string> named;
        for (const auto& [kind, id] : article.entities) {
            if (kind == EntityKind::kPerson) {
                const auto full = full_name_of.find(id);
                named.insert(full == full_name_of.end() ? id : full->second);
            }
        }
        for (const std::string& id : named) {
            ++people[id];
        }
        if (article.date) {
            ++months[article.date->substr(0, 7)];
        } else {
            ++undated;
        }
    }
    CHECK(facets.person.size() == people.size());
    for (const auto& [id, count] : people) {
        CHECK(count_of(facets.person, id) == count);
    }
    REQUIRE(facets.date.size() == months.size());
    for (const mss::DateFacetValue& month : facets.date) {
        CHECK(month.count == months[month.bucket]);
    }
    CHECK(facets.undated == undated);
}

TEST_CASE("distinct stories are counted alike by the local and the built-in story spy",
          "[facets][stories]") {
    MemoryIndex index;
    const std::vector<TestArticle> articles = random_articles(index, 600);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(Xapian::Query("gang"));
    mss::StorySpy local(enquire, MatchedShards::kLocal);
    mss::StorySpy remote(enquire, MatchedShards::kWithRemote);
    enquire.get_mset(0, 0, index.database.get_doccount());
    std::set<std::string> stories;
    for (const TestArticle& article : articles) {
        if (article.body.find("gang") != std::string::npos) {
            stories.insert(article.story.empty() ? "own " + article.id : article.story);
        }
    }
    CHECK(local.count().count == stories.size());
    CHECK(remote.count().count == stories.size());
}

TEST_CASE("a ranked pass that counts facets sees every match, not only the best ones", "[facets]") {
    MemoryIndex memory(mss::test::test_registry());
    const std::vector<TestArticle> articles = random_articles(memory, 1500);
    // On disk: the in-memory backend gives Xapian no weight bounds to skip matches with.
    ScratchFolder folder;
    Xapian::WritableDatabase index((folder.path() / "index").string(), Xapian::DB_CREATE);
    for (Xapian::docid id = 1; id <= memory.database.get_lastdocid(); ++id) {
        index.add_document(memory.database.get_document(id));
    }
    index.commit();
    mss::SurnameLinkCache people;
    people.use(index, std::nullopt);
    const mss::SearchDeadline no_deadline(0);
    const mss::SearchWatch watch{no_deadline, false};
    mss::SearchRequest request;
    request.facets = true;
    request.limit = 1;  // the best match only: a pass that stopped early would miss the rest
    request.date_bucket = mss::DateBucket::kMonth;
    // Once the page holds articles with "mission", no article with "report" alone can enter it:
    // a pass that raised its weight floor then would skip those articles (a plain get_mset of two
    // over this index sees 19 of the 1,500 matches).
    const Xapian::Query query(Xapian::Query::OP_OR, Xapian::Query("mission"),
                              Xapian::Query("report"));
    const mss::RankedRun run = mss::run_query(index, query, request, watch, people);
    CHECK(run.total == articles.size());
    CHECK(run.total_lower == run.total_upper);
    REQUIRE(run.facets);

    mss::FacetCounter pass_of_its_own(mss::DateBucket::kMonth, MatchedShards::kWithRemote);
    Xapian::Enquire enquire(index);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    pass_of_its_own.attach(enquire);
    enquire.get_mset(0, 0, index.get_doccount());
    check_same_facets(*run.facets, pass_of_its_own.facets(people.links(), &index));
    // And by hand: every article matches, each once under each country it names.
    std::map<std::string, std::size_t> countries;
    for (const TestArticle& article : articles) {
        for (const auto& [kind, id] : article.entities) {
            countries[id] += kind == EntityKind::kCountry;
        }
    }
    for (const std::string country : {"ke", "ht", "us"}) {
        CHECK(count_of(run.facets->country, country) == countries[country]);
    }

    std::set<std::string> stories;
    for (const TestArticle& article : articles) {
        stories.insert(article.story.empty() ? "own " + article.id : article.story);
    }
    CHECK(run.stories.count == stories.size());
    CHECK(run.stories.exact);
}
