// url, source and author from the reader to the hit, the source: field, the source facet and
// Searcher::article(), through the same runs mss-index makes.
#include <catch2/catch.hpp>

#include <string>

#include <mss/index.h>
#include <mss/search.h>

#include "json_output.h"
#include "scratch_folder.h"

namespace {

// Three wire stories from two outlets, one with no outlet, url or author at all. The oracle for
// the counts below is this text: two lines name "Caribbean Wire".
constexpr const char* kWire =
    R"({"id":"cw-1","title":"Kenyan officers land in Port-au-Prince","body":"The first contingent landed on Tuesday.","date":"2024-06-25","url":"https://caribbeanwire.example/land","source":"Caribbean Wire","author":"Marie Joseph"})"
    "\n"
    R"({"id":"cw-2","title":"Contingent patrols Delmas","body":"Kenyan police patrolled Delmas.","date":"2024-07-03","url":"https://caribbeanwire.example/delmas","source":"Caribbean  wire"})"
    "\n"
    R"({"id":"hd-1","title":"Gangs test the contingent","body":"Armed groups fired on a patrol.","date":"2024-07-04","source":"Haïti Dépêche"})"
    "\n"
    R"({"id":"x-1","title":"Contingent note","body":"A note without an outlet."})"
    "\n";

struct Fixture {
    ScratchFolder scratch;
    std::string index = (scratch.path() / "index").string();

    Fixture() {
        const auto file = scratch.write("wire.jsonl", kWire);
        mss::IndexRunOptions options;
        options.data_dir = MSS_SOURCE_DIR;
        mss::update_index(index, {file.string()}, options, {});
    }
};

std::vector<std::string> ids_of(const mss::SearchResult& result) {
    std::vector<std::string> ids;
    for (const auto& hit : result.hits) {
        ids.push_back(hit.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

TEST_CASE("hits carry the url, source and author the reader found", "[citation]") {
    Fixture f;
    mss::Searcher searcher(f.index);
    const auto result = searcher.search("Delmas");
    REQUIRE(result.hits.size() == 1);
    CHECK(result.hits[0].url == "https://caribbeanwire.example/delmas");
    CHECK(result.hits[0].source == "Caribbean  wire");
    CHECK(result.hits[0].author.empty());
    const auto json = mss::hit_json(result.hits[0]);
    CHECK(json["url"] == "https://caribbeanwire.example/delmas");
    CHECK(json["author"].is_null());
}

TEST_CASE("source: matches an outlet however its name is spelt, and nothing else", "[citation]") {
    Fixture f;
    mss::Searcher searcher(f.index);
    const std::vector<std::string> wire = {"cw-1", "cw-2"};
    CHECK(ids_of(searcher.search(R"(source:"Caribbean Wire")")) == wire);
    CHECK(ids_of(searcher.search(R"(source:"CARIBBEAN-WIRE" contingent)")) ==
          std::vector<std::string>{"cw-1", "cw-2"});
    CHECK(ids_of(searcher.search(R"(source:"haiti depeche")")) == std::vector<std::string>{"hd-1"});
    CHECK(searcher.search("source:caribbean").hits.empty());  // a word of a name is not the name
    CHECK(ids_of(searcher.search(R"(contingent NOT source:"Caribbean Wire")")) ==
          std::vector<std::string>{"hd-1", "x-1"});
}

TEST_CASE("the source facet counts each outlet once per article", "[citation]") {
    Fixture f;
    mss::Searcher searcher(f.index);
    mss::SearchRequest request;
    request.text = "contingent";
    request.facets = true;
    const auto result = searcher.search(request);
    REQUIRE(result.facets);
    REQUIRE(result.facets->source.size() == 2);
    CHECK(result.facets->source[0].id == "caribbean-wire");
    CHECK(result.facets->source[0].count == 2);
    CHECK(result.facets->source[1].id == "haiti-depeche");
    CHECK(result.facets->source[1].name == "Haïti Dépêche");
    CHECK(result.facets->source[1].count == 1);
}

TEST_CASE("a stored article is read back whole by its id", "[citation]") {
    Fixture f;
    mss::Searcher searcher(f.index);
    const auto found = searcher.article("cw-1");
    REQUIRE(found);
    CHECK(found->article.title == "Kenyan officers land in Port-au-Prince");
    CHECK(found->article.body == "The first contingent landed on Tuesday.");
    CHECK(found->article.author == "Marie Joseph");
    CHECK(found->article.source == "Caribbean Wire");
    CHECK(found->article.date == "2024-06-25");
    CHECK(found->date_source == "header");
    CHECK(found->article.path == (f.scratch.path() / "wire.jsonl").string() + ":1");
    // The headline's "Kenyan" and "Port-au-Prince" (the capital of Haiti), in that order.
    std::vector<std::string> countries;
    for (const auto& country : found->entities.country) {
        countries.push_back(country.id);
    }
    CHECK(countries == std::vector<std::string>{"ke", "ht"});
    CHECK(mss::article_json(*found)["body"] == found->article.body);
    CHECK_FALSE(searcher.article("cw-9"));
    CHECK_FALSE(searcher.article("cw"));  // ids are whole, not prefixes
}
