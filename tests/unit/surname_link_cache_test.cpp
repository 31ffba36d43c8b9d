#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <xapian.h>

#include <mss/index.h>
#include <mss/search.h>

#include "facets/surname_link_cache.h"
#include "memory_index.h"
#include "scratch_folder.h"

namespace {

using mss::EntityKind;
using mss::ShardRevisions;
using mss::SurnameLinkCache;

// An on-disk index whose articles name only people, written by the document builder, and a
// reader of it, as a searcher holds one.
struct PersonIndex {
    ScratchFolder scratch;
    std::string path = (scratch.path() / "db").string();
    mss::test::MemoryIndex writer{path};
    Xapian::Database reader{path};
    int articles = 0;

    void commit_article(const std::vector<std::string>& people) {
        mss::test::TestArticle article{
            "article-" + std::to_string(++articles), "Report", "A report.", {}, {}};
        for (const std::string& id : people) {
            article.entities.emplace_back(EntityKind::kPerson, id);
        }
        writer.add(article);
        writer.database.commit();
        reader.reopen();
    }
    ShardRevisions revisions(const std::string& shard = "db") const {
        return {{shard, reader.get_uuid(), reader.get_revision()}};
    }
};

std::vector<std::string> people_of(const mss::Hit& hit) {
    std::vector<std::string> ids;
    for (const mss::EntityRef& person : hit.entities.person) {
        ids.push_back(person.id + "=" + person.name);
    }
    return ids;
}

}  // namespace

TEST_CASE("surname links are read once while the index stays at the same revision",
          "[surname-link-cache]") {
    PersonIndex index;
    index.commit_article({"reagan"});
    index.commit_article({"ronald-reagan"});
    SurnameLinkCache cache;
    for (int search = 0; search < 3; ++search) {
        cache.use(index.reader, index.revisions());
        CHECK(cache.links().target("reagan") == "ronald-reagan");
        CHECK(cache.links().target("reagan") == "ronald-reagan");
    }
    CHECK(cache.reads() == 1);
}

TEST_CASE("surname links are read again after a commit, and follow it", "[surname-link-cache]") {
    PersonIndex index;
    index.commit_article({"reagan"});
    index.commit_article({"ronald-reagan"});
    SurnameLinkCache cache;
    cache.use(index.reader, index.revisions());
    CHECK(cache.links().target("reagan") == "ronald-reagan");
    // A second Reagan: the surname no longer names one person.
    index.commit_article({"nancy-reagan"});
    cache.use(index.reader, index.revisions());
    CHECK(cache.links().target("reagan") == "reagan");
    CHECK(cache.reads() == 2);
}

TEST_CASE("surname links are read again for another set of shards", "[surname-link-cache]") {
    PersonIndex index;
    index.commit_article({"thatcher", "margaret-thatcher"});
    SurnameLinkCache cache;
    cache.use(index.reader, index.revisions("one"));
    cache.links();
    cache.use(index.reader, index.revisions("other"));
    cache.links();
    ShardRevisions two = index.revisions("one");
    two.push_back(index.revisions("other").front());
    cache.use(index.reader, two);
    cache.links();
    CHECK(cache.reads() == 3);
}

TEST_CASE("surname links of shards that cannot tell their revision are kept for one search only",
          "[surname-link-cache]") {
    PersonIndex index;
    index.commit_article({"thatcher", "margaret-thatcher"});
    SurnameLinkCache cache;
    cache.use(index.reader, std::nullopt);
    cache.links();
    cache.links();  // the same search: read once
    CHECK(cache.reads() == 1);
    cache.use(index.reader, std::nullopt);
    cache.links();
    CHECK(cache.reads() == 2);
    // Known revisions after unknown ones are not taken as the same.
    cache.use(index.reader, index.revisions());
    cache.links();
    CHECK(cache.reads() == 3);
}

TEST_CASE("a long-lived searcher links surnames as the index is now, in facets and hits",
          "[surname-link-cache][searcher]") {
    ScratchFolder scratch;
    const std::string index = (scratch.path() / "index").string();
    const std::string sources = (scratch.path() / "articles").string();
    const auto run = [&] {
        mss::IndexRunOptions options;
        options.data_dir = MSS_SOURCE_DIR;
        mss::update_index(index, {sources}, options, {});
    };
    scratch.write("articles/a.txt",
                  "Budget report\nPrime Minister Margaret Thatcher said the budget would pass.\n");
    scratch.write("articles/b.txt",
                  "Election report\nPrime Minister Thatcher said the election would wait.\n");
    run();
    mss::Searcher searcher(index);
    mss::SearchRequest request;
    request.text = "report";
    request.facets = true;
    const auto person_facet = [&](const mss::SearchResult& result) {
        std::vector<std::string> values;
        for (const mss::FacetValue& value : result.facets->person) {
            values.push_back(value.id + "=" + std::to_string(value.count));
        }
        return values;
    };

    mss::SearchResult result = searcher.search(request);
    CHECK(person_facet(result) == std::vector<std::string>{"margaret-thatcher=2"});
    REQUIRE(result.hits.size() == 2);
    for (const mss::Hit& hit : result.hits) {
        CHECK(people_of(hit) == std::vector<std::string>{"margaret-thatcher=Margaret Thatcher"});
    }
    CHECK(people_of(result.hits[1]) == people_of(result.hits[0]));
    const auto shown = searcher.article("b.txt");
    REQUIRE(shown);
    REQUIRE(shown->entities.person.size() == 1);
    CHECK(shown->entities.person[0].id == "margaret-thatcher");

    // An incremental run adds a second Thatcher: the same searcher no longer links the surname.
    scratch.write("articles/c.txt", "Dinner report\nDenis Thatcher said the dinner was fine.\n");
    run();
    result = searcher.search(request);
    CHECK(person_facet(result) ==
          std::vector<std::string>{"denis-thatcher=1", "margaret-thatcher=1", "thatcher=1"});
    std::vector<std::vector<std::string>> listed;
    for (const mss::Hit& hit : result.hits) {
        listed.push_back(people_of(hit));
    }
    std::sort(listed.begin(), listed.end());
    CHECK(listed == std::vector<std::vector<std::string>>{{"denis-thatcher=Denis Thatcher"},
                                                          {"margaret-thatcher=Margaret Thatcher"},
                                                          {"thatcher=Thatcher"}});
    CHECK(searcher.article("b.txt")->entities.person[0].id == "thatcher");
}

TEST_CASE("a person's full name is read once while the index stays at the same revision",
          "[surname-link-cache]") {
    PersonIndex index;
    index.commit_article({"ronald-reagan"});
    index.commit_article({"reagan"});
    SurnameLinkCache cache;
    cache.use(index.reader, index.revisions());
    const std::string name = cache.person_name("ronald-reagan");
    CHECK_FALSE(name.empty());
    for (int hit = 0; hit < 3; ++hit) {  // three more hits naming him by surname alone
        cache.use(index.reader, index.revisions());
        CHECK(cache.person_name("ronald-reagan") == name);
    }
    CHECK(cache.name_reads() == 1);
    // Another revision, or one unknown: read again.
    index.commit_article({"reagan"});
    cache.use(index.reader, index.revisions());
    CHECK(cache.person_name("ronald-reagan") == name);
    cache.use(index.reader, std::nullopt);
    CHECK(cache.person_name("ronald-reagan") == name);
    CHECK(cache.name_reads() == 3);
}
