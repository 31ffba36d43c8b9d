// SearchRequest::time_limit_seconds: the deadline stops a search inside the matcher and between
// its steps, and a search within its limit answers exactly as one without a limit.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include <xapian.h>

#include <mss/error.h>
#include <mss/search.h>

#include "search_deadline.h"
#include "seed_index.h"

namespace {

std::vector<std::string> ids_of(const mss::SearchResult& result) {
    std::vector<std::string> ids;
    for (const auto& hit : result.hits) {
        ids.push_back(hit.id);
    }
    return ids;
}

}  // namespace

TEST_CASE("the deadline stops Xapian's matcher while it goes through the matches", "[deadline]") {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 2000; ++i) {
        Xapian::Document document;
        document.add_term("word");
        database.add_document(document);
    }
    const mss::SearchDeadline deadline(1e-6);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    Xapian::Enquire enquire(database);
    enquire.set_query(Xapian::Query("word"));
    deadline.watch(enquire, false);
    CHECK_THROWS_AS(enquire.get_mset(0, 10, database.get_doccount()), mss::TimeLimitError);

    // Without a deadline, or on remote shards, nothing watches the matcher.
    Xapian::Enquire unwatched(database);
    unwatched.set_query(Xapian::Query("word"));
    mss::SearchDeadline(0).watch(unwatched, false);
    deadline.watch(unwatched, true);
    CHECK(unwatched.get_mset(0, 10, database.get_doccount()).get_matches_estimated() == 2000);
}

TEST_CASE("a search past its time limit throws TimeLimitError naming the limit", "[deadline]") {
    static const mss::testing::SeedIndex index("deadline");
    mss::Searcher searcher(index.path());
    mss::SearchRequest request;
    request.text = "police";
    request.time_limit_seconds = 1e-9;
    try {
        searcher.search(request);
        FAIL("no TimeLimitError");
    } catch (const mss::TimeLimitError& e) {
        CHECK(e.kind() == mss::ErrorKind::kTimeLimit);
        CHECK(e.seconds() == 1e-9);
        CHECK(std::string(e.what()).find("time limit") != std::string::npos);
    }
    request.time_limit_seconds = -1;
    CHECK_THROWS_AS(searcher.search(request), mss::InvalidArgumentError);
}

TEST_CASE("a search within its time limit answers as one without a limit", "[deadline]") {
    static const mss::testing::SeedIndex index("deadline-same");
    mss::Searcher searcher(index.path());
    for (const char* text : {"police", "Kenya mission", "\"police officers\"", "nothing-like-it"}) {
        mss::SearchRequest request;
        request.text = text;
        request.facets = true;
        const auto unlimited = searcher.search(request);
        request.time_limit_seconds = 600;
        const auto limited = searcher.search(request);
        CHECK(limited.total == unlimited.total);
        CHECK(limited.exact == unlimited.exact);
        CHECK(ids_of(limited) == ids_of(unlimited));
        REQUIRE(limited.facets);
        CHECK(limited.facets->person.size() == unlimited.facets->person.size());
        CHECK(limited.facets->undated == unlimited.facets->undated);
    }
}
