// SearchRequest::time_limit_seconds: the deadline stops a search inside the matcher and between
// its steps, and a search within its limit answers exactly as one without a limit.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include <xapian.h>

#include <mss/error.h>
#include <mss/search.h>

#include "memory_index.h"
#include "query/posting_list_budget.h"
#include "query/query_compiler.h"
#include "search_deadline.h"
#include "seed_index.h"

namespace {

using mss::test::MemoryIndex;

std::vector<std::string> ids_of(const mss::SearchResult& result) {
    std::vector<std::string> ids;
    for (const auto& hit : result.hits) {
        ids.push_back(hit.id);
    }
    return ids;
}

}  // namespace

TEST_CASE("the deadline stops Xapian's matcher while it goes through the matches", "[deadline]") {
    MemoryIndex index;
    for (int i = 0; i < 2000; ++i) {
        index.add({"article-" + std::to_string(i), "Report", "word", {}, {}});
    }
    const Xapian::Database& database = index.database;
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
    static const mss::testing::SeedIndex index;
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
    static const mss::testing::SeedIndex index;
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

namespace {

// 2,000 articles, written by the document builder, that hold "said" and "mln" apart, every
// fourth also "said mln": the phrase "said mln" matches 500, "mln said" none.
void add_phrase_candidates(MemoryIndex& index) {
    for (int i = 0; i < 2000; ++i) {
        index.add({"article-" + std::to_string(i),
                   "Report",
                   i % 4 == 0 ? "said big mln then said mln" : "said big mln then",
                   {},
                   {}});
    }
}

Xapian::Query phrase(const char* first, const char* second) {
    const std::vector<Xapian::Query> words{Xapian::Query(first), Xapian::Query(second)};
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), 2);
}

}  // namespace

TEST_CASE("the deadline stops a phrase that goes through candidates without a match",
          "[deadline]") {
    MemoryIndex index;
    add_phrase_candidates(index);
    const Xapian::Database& database = index.database;
    const mss::SearchDeadline deadline(1e-6);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    // "mln said" and the doubled words are nowhere: no match reaches a spy, only the guard the
    // query builder puts with each phrase (phrase_of) sees the candidates, inside an OR too.
    const auto nowhere = [](const Xapian::Query& guard) {
        const auto of = [&](const char* first, const char* second) {
            return mss::phrase_of({Xapian::Query(first), Xapian::Query(second)}, guard);
        };
        const std::vector<Xapian::Query> phrases{of("mln", "said"), of("said", "said"),
                                                 of("mln", "mln")};
        return Xapian::Query(Xapian::Query::OP_OR, phrases.begin(), phrases.end());
    };
    Xapian::Enquire enquire(database);
    enquire.set_query(nowhere(deadline.positional_guard(false)));
    deadline.watch(enquire, false);
    CHECK_THROWS_AS(enquire.get_mset(0, 10, database.get_doccount()), mss::TimeLimitError);

    // Without the guard the spy alone never meets a match: the matcher runs to its end.
    Xapian::Enquire spied(database);
    spied.set_query(nowhere(Xapian::Query()));
    deadline.watch(spied, false);
    CHECK(spied.get_mset(0, 10, database.get_doccount()).empty());

    // Without a deadline, or on remote shards, there is no guard.
    CHECK(mss::SearchDeadline(0).positional_guard(false).empty());
    CHECK(deadline.positional_guard(true).empty());
}

TEST_CASE("the positional guard changes no match, weight, estimate or bound", "[deadline]") {
    MemoryIndex index;
    add_phrase_candidates(index);
    const Xapian::Database& database = index.database;
    const mss::SearchDeadline deadline(600);
    for (const Xapian::Query& query :
         {phrase("said", "mln"), phrase("mln", "said"),
          Xapian::Query(Xapian::Query::OP_OR, phrase("said", "mln"), Xapian::Query("said"))}) {
        for (const Xapian::doccount check_at_least : {0u, 2000u}) {
            Xapian::Enquire plain(database);
            plain.set_query(query);
            Xapian::Enquire guarded(database);
            guarded.set_query(
                Xapian::Query(Xapian::Query::OP_AND, query, deadline.positional_guard(false)));
            const Xapian::MSet expected = plain.get_mset(0, 100, check_at_least);
            const Xapian::MSet got = guarded.get_mset(0, 100, check_at_least);
            CHECK(got.get_matches_estimated() == expected.get_matches_estimated());
            CHECK(got.get_matches_lower_bound() == expected.get_matches_lower_bound());
            CHECK(got.get_matches_upper_bound() == expected.get_matches_upper_bound());
            REQUIRE(got.size() == expected.size());
            for (Xapian::doccount i = 0; i < got.size(); ++i) {
                CHECK(*got[i] == *expected[i]);
                CHECK(got[i].get_weight() == Approx(expected[i].get_weight()));
            }
        }
    }
}

TEST_CASE("the positional guard does not count against the posting-list budget", "[deadline]") {
    const mss::SearchDeadline deadline(600);
    const Xapian::Query query = phrase("said", "mln");
    const Xapian::Query guarded(Xapian::Query::OP_AND, query, deadline.positional_guard(false));
    CHECK(mss::posting_lists(query) == 2);
    CHECK(mss::posting_lists(guarded) == mss::posting_lists(query));
    // Another posting source still opens its list.
    Xapian::FixedWeightPostingSource fixed(1.0);
    CHECK(mss::posting_lists(Xapian::Query(&fixed)) == 1);
}
