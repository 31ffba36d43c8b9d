#include <catch2/catch.hpp>

#include <algorithm>

#include <mss/error.h>

#include "check_cases.h"
#include "memory_index.h"
#include "query/posting_list_budget.h"
#include "query/prefix_expansion.h"
#include "query/query_builder.h"
#include "query_doc_examples.h"
#include "schema.h"
#include "stories/more_like_this.h"

namespace {

using mss::EntityKind;
using mss::test::MemoryIndex;
using Ids = std::vector<std::string>;

// The ids of the articles `query` finds, best first.
std::vector<std::string> search(MemoryIndex& index, const std::string& query,
                                mss::SearchRequest request = {}) {
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15"};
    const auto built = mss::build_query(mss::parse_query(query), request, context);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(built.strict);
    enquire.set_weighting_scheme(Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5));
    std::vector<std::string> ids;
    const Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto match = mset.begin(); match != mset.end(); ++match) {
        ids.push_back(mss::schema::parse_article(match.get_document().get_data()).id);
    }
    return ids;
}

std::vector<std::string> sorted(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Five short articles with their entity tags, one of them undated.
void add_story(MemoryIndex& index) {
    index.add({"cherizier",
               "Gang leader speaks",
               "Jimmy Chérizier warned the police.",
               "2025-01-18",
               {{EntityKind::kPerson, "jimmy-cherizier"}}});
    index.add({"barbeque",
               "Weekend recipes",
               "A barbeque needs charcoal and patience.",
               "2025-01-31",
               {}});
    index.add({"pnh",
               "Police patrol",
               "The Haitian National Police patrolled the capital.",
               "2025-02-01",
               {{EntityKind::kOrganisation, "pnh"}, {EntityKind::kCountry, "ht"}}});
    index.add({"mssm",
               "Mission grows",
               "The MSSM welcomed more officers from Kenya.",
               std::nullopt,
               {{EntityKind::kOrganisation, "mss"}, {EntityKind::kCountry, "ke"}}});
    index.add({"kenyan",
               "Kenyan officers arrive",
               "Kenyan police landed in Port-au-Prince.",
               "2024-12-31",
               {{EntityKind::kCountry, "ke"}, {EntityKind::kCountry, "ht"}}});
}

// search() on `index`, as a function of the query alone.
auto searching(MemoryIndex& index) {
    return [&index](const std::string& query) { return search(index, query); };
}

// An index of the test registry's entities holding the five articles of add_story().
struct StoryIndex : MemoryIndex {
    StoryIndex() : MemoryIndex(mss::test::test_registry()) { add_story(*this); }
};

}  // namespace

TEST_CASE("a field value may be any alias or spelling of the entity", "[query_builder]") {
    StoryIndex index;
    mss::testing::check_cases<Ids>(searching(index), {{"person:barbeque", {"cherizier"}},
                                                      {"person:Cherizier", {"cherizier"}},
                                                      {"person:\"Jimmy Chérizier\"", {"cherizier"}},
                                                      {"person:jimmy-cherizier", {"cherizier"}}});
    CHECK(sorted(search(index, "country:kenyan")) == std::vector<std::string>{"kenyan", "mssm"});
    CHECK(search(index, "org:PNH") == std::vector<std::string>{"pnh"});
}

TEST_CASE("a name the index does not know is searched as a phrase", "[query_builder]") {
    StoryIndex index;
    mss::testing::check_cases<Ids>(
        searching(index), {{"person:\"Port au Prince\"", {"kenyan"}}, {"person:Nobody", {}}});
}

TEST_CASE("entity aliases act as synonyms in free text", "[query_builder]") {
    StoryIndex index;
    // The capitalised nickname names Chérizier, found under his full name; the recipe's
    // "barbeque" is the common word, which only the word typed in lower case finds.
    mss::testing::check_cases<Ids>(searching(index), {{"Barbeque", {"cherizier"}},
                                                      {"barbeque", {"barbeque"}},
                                                      {"PNH", {"pnh"}},
                                                      {"MSS", {"mssm"}},
                                                      {"Haitian National Police", {"pnh"}}});
}

TEST_CASE("a name finds its entity's other names only where the entity was recognised",
          "[query_builder]") {
    StoryIndex index;
    // "Barbeque" is a name of Chérizier, but the recipe's barbeque is no mention of him.
    CHECK(search(index, "Chérizier") == std::vector<std::string>{"cherizier"});
}

TEST_CASE("a cue of an entity is only a word in free text", "[query_builder]") {
    StoryIndex index;
    // "Kenyan" tags Kenya and resolves country:kenyan, but does not name the country: the
    // article that only says "Kenya" is not a match for the word.
    CHECK(search(index, "Kenyan") == std::vector<std::string>{"kenyan"});
    CHECK(sorted(search(index, "country:kenyan")) == std::vector<std::string>{"kenyan", "mssm"});
}

TEST_CASE("an all-capitals alias names its entity only when typed in capitals", "[query_builder]") {
    StoryIndex index;
    mss::testing::check_cases<Ids>(searching(index), {{"MSS", {"mssm"}}, {"mss", {}}});
}

TEST_CASE("filter flags: values of one field OR, different fields AND", "[query_builder]") {
    StoryIndex index;
    mss::SearchRequest request;
    request.countries = {"haitian", "kenya"};
    CHECK(sorted(search(index, "police", request)) == std::vector<std::string>{"kenyan", "pnh"});
    request.organisations = {"PNH"};
    CHECK(search(index, "police", request) == std::vector<std::string>{"pnh"});
}

TEST_CASE("date ranges include both ends and exclude undated articles", "[query_builder]") {
    StoryIndex index;
    CHECK(sorted(search(index, "date:2025-01")) ==
          std::vector<std::string>{"barbeque", "cherizier"});
    CHECK(search(index, "date:..2024") == std::vector<std::string>{"kenyan"});
    CHECK(sorted(search(index, "date:2025-01-31..")) ==
          std::vector<std::string>{"barbeque", "pnh"});
    mss::SearchRequest request;
    request.dates.from = "2024-12";
    request.dates.to = "2025-01-18";
    CHECK(sorted(search(index, "police", request)) ==
          std::vector<std::string>{"cherizier", "kenyan"});
}

TEST_CASE("the undated probe counts what a date filter left out", "[query_builder]") {
    StoryIndex index;
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15"};
    const auto built = mss::build_query(mss::parse_query("officers date:2025"), {}, context);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(built.undated_probe);
    const auto mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 1);
    CHECK(mss::schema::parse_article(mset.begin().get_document().get_data()).id == "mssm");
}

TEST_CASE("NOT, OR, prefixes and phrases narrow as written", "[query_builder]") {
    StoryIndex index;
    CHECK(sorted(search(index, "police -Kenyan")) == std::vector<std::string>{"cherizier", "pnh"});
    CHECK(sorted(search(index, "charcoal OR capital")) ==
          std::vector<std::string>{"barbeque", "pnh"});
    mss::testing::check_cases<Ids>(
        searching(index),
        {{"patro*", {"pnh"}}, {"\"police landed\"", {"kenyan"}}, {"title:officers", {"kenyan"}}});
}

TEST_CASE("query words close together rank above the same words far apart", "[query_builder]") {
    MemoryIndex index;
    const std::string filler =
        " Talks went on for hours about budgets, schedules, equipment and training plans.";
    index.add({"far",
               "Airport news",
               "Murkomen spoke first." + filler + filler + " The contingent left at dawn.",
               "2025-01-19",
               {}});
    index.add(
        {"near",
         "Airport news",
         "Murkomen flagged off the third contingent." + filler + filler + " Everyone left at dawn.",
         "2025-01-19",
         {}});
    CHECK(search(index, "Murkomen contingent") == std::vector<std::string>{"near", "far"});
}

TEST_CASE("a query of stopwords alone still searches them", "[query_builder]") {
    StoryIndex index;
    std::vector<std::string> found = search(index, "the");
    std::sort(found.begin(), found.end());
    CHECK(found == std::vector<std::string>{"cherizier", "mssm", "pnh"});
}

TEST_CASE("bad request dates are invalid arguments naming the end of the range",
          "[query_builder]") {
    StoryIndex index;
    mss::SearchRequest request;
    request.dates.from = "2025-02";
    request.dates.to = "2025-01";
    CHECK_THROWS_MATCHES(
        search(index, "police", request), mss::InvalidArgumentError,
        Catch::Message("date range end 2025-01-31 is before its start 2025-02-01"));
    request.dates.to = "someday";
    CHECK_THROWS_WITH(search(index, "police", request),
                      Catch::StartsWith("date range end someday: 'someday' is not a date"));
    request.dates.to.reset();
    request.dates.from = "soon";
    CHECK_THROWS_WITH(search(index, "police", request),
                      Catch::StartsWith("date range start soon: "));
}

TEST_CASE("every error example in docs/QUERY.md stops at the documented character",
          "[query_builder]") {
    StoryIndex index;
    const auto rows = mss::test::query_doc_rows("Errors");
    REQUIRE(rows.size() >= 5);
    for (const auto& [query, character] : rows) {
        INFO("query: " << query);
        try {
            search(index, query);
            FAIL("no error");
        } catch (const mss::QueryError& e) {
            CHECK(e.position() + 1 == std::stoul(character));
        }
    }
}

TEST_CASE("a prefix matching more words than are searched says so", "[query_builder]") {
    MemoryIndex index(mss::test::test_registry());
    std::string many_words;
    for (int i = 0; i < 250; ++i) {
        many_words += "zq" + std::to_string(i) + "x ";
    }
    index.add({"many", "Vocabulary", many_words, "2025-01-01", {}});
    add_story(index);
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15",
                              &index.database};

    const auto capped = mss::build_query(mss::parse_query("zq*"), {}, context);
    REQUIRE(capped.notes.size() == 1);
    CHECK(capped.notes[0] ==
          "'zq*' matches more than 200 words; only the 200 most frequent were searched");
    CHECK(mss::build_query(mss::parse_query("patro*"), {}, context).notes.empty());
}

TEST_CASE("a prefix after other words matches as a phrase", "[query_builder]") {
    StoryIndex index;
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15",
                              &index.database};
    const auto built = mss::build_query(mss::parse_query("Haitian-nation*"), {}, context);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(built.strict);
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    REQUIRE(mset.size() == 1);
    CHECK(mss::schema::parse_article(mset.begin().get_document().get_data()).id == "pnh");
    // Without an index to expand against, the words and the prefix must all match.
    mss::testing::check_cases<Ids>(searching(index),
                                   {{"national-pol*", {"pnh"}}, {"kenyan-pnh*", {}}});
}

TEST_CASE("the prefixes of one query share one budget of expanded words", "[query_builder]") {
    MemoryIndex index;
    std::string body;
    for (int i = 0; i < 300; ++i) {
        body += "wombat" + std::to_string(1000 + i) + " ";
    }
    index.add({"many", "Many words", body, std::nullopt, {}});
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15",
                              &index.database};
    const auto build = [&](int prefixes) {
        std::string query;
        for (int i = 0; i < prefixes; ++i) {
            query += "wom* ";
        }
        return mss::build_query(mss::parse_query(query), {}, context);
    };
    CHECK_NOTHROW(build(mss::kMaxExpandedTerms / 200));
    try {
        build(mss::kMaxExpandedTerms / 200 + 1);
        FAIL("no error for a query over the budget");
    } catch (const mss::QueryError& e) {
        CHECK(e.position() == 5 * (mss::kMaxExpandedTerms / 200));  // the prefix over it
        CHECK(std::string(e.what()).find("more than 2000 words") != std::string::npos);
    }
}

TEST_CASE("like: fields spend the budget of expanded words with the prefixes", "[query_builder]") {
    MemoryIndex index;
    index.add({"many", "Many words", "wombat patrol in Delmas", std::nullopt, {}});
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15",
                              &index.database};
    const auto build = [&](std::size_t likes) {
        std::string query;
        for (std::size_t i = 0; i < likes; ++i) {
            query += (i == 0 ? "" : " OR ") + std::string("like:many");
        }
        return mss::build_query(mss::parse_query(query), {}, context);
    };
    const std::size_t fit = mss::kMaxExpandedTerms / mss::kLikeTerms;
    CHECK_NOTHROW(build(fit));
    try {
        build(fit + 1);
        FAIL("no error for a query over the budget");
    } catch (const mss::QueryError& e) {
        CHECK(e.position() == fit * std::string("like:many OR ").size() + 5);  // the value
        CHECK(std::string(e.what()).find("(at 'like:many')") != std::string::npos);
    }
}

namespace {

// The ids `query` finds against `index` as the searcher builds it (with the index to consult),
// and the notes it leaves.
std::pair<std::vector<std::string>, std::vector<std::string>> search_with_notes(
    MemoryIndex& index, const std::string& query) {
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15",
                              &index.database};
    const auto built = mss::build_query(mss::parse_query(query), {}, context);
    Xapian::Enquire enquire(index.database);
    enquire.set_query(built.strict);
    std::vector<std::string> ids;
    const Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto match = mset.begin(); match != mset.end(); ++match) {
        ids.push_back(mss::schema::parse_article(match.get_document().get_data()).id);
    }
    std::sort(ids.begin(), ids.end());
    return {ids, built.notes};
}

}  // namespace

TEST_CASE("a field value naming no known entity matches the people whose name ends in it",
          "[query_builder]") {
    MemoryIndex index(mss::test::test_registry());
    index.add({"james",
               "Treasury",
               "James Baker spoke.",
               "2025-01-01",
               {{EntityKind::kPerson, "james-baker"}}});
    index.add({"howard",
               "White House",
               "Howard Baker spoke.",
               "2025-01-02",
               {{EntityKind::kPerson, "howard-baker"}}});
    index.add(
        {"firm", "BAKER <BKO> sells unit", "Baker International sold a unit.", "2025-01-03", {}});
    index.add({"bakerman",
               "Other",
               "Someone spoke.",
               "2025-01-04",
               {{EntityKind::kPerson, "tom-bakerman"}}});
    const auto [ids, notes] = search_with_notes(index, "person:baker");
    CHECK(ids == std::vector<std::string>{"howard", "james"});
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().find("names no known person") != std::string::npos);
    CHECK(notes.front().find("howard-baker, james-baker") != std::string::npos);
}

TEST_CASE("a field value naming no entity at all is searched as text and says so",
          "[query_builder]") {
    StoryIndex index;
    const auto [ids, notes] = search_with_notes(index, "person:\"Port au Prince\"");
    CHECK(ids == std::vector<std::string>{"kenyan"});
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().find("searched in the text") != std::string::npos);
    CHECK(search_with_notes(index, "person:barbeque").second.empty());
}

TEST_CASE(
    "a query whose proximity windows would open too many posting lists is searched without "
    "them",
    "[query_builder]") {
    MemoryIndex index;
    add_story(index);
    mss::QueryContext context{index.analyzer, index.entities, index.aliases, "2025-03-15",
                              &index.database};
    const auto words_of = [](std::size_t words) {
        std::string text;
        for (std::size_t i = 0; i < words; ++i) {
            // Words of one form each, so a window repeats each word once: zqaa, zqab, ...
            text += std::string("zq") + char('a' + i / 26 % 26) + char('a' + i % 26) + " ";
        }
        return text;
    };
    const auto built_of = [&](std::size_t words) {
        return mss::build_query(mss::parse_query(words_of(words)), {}, context);
    };
    // An article with the ten words of the short query below, and one with only nine of them.
    index.add({"ten", "Words", words_of(10), std::nullopt, {}});
    index.add({"nine", "Words", words_of(9), std::nullopt, {}});
    const auto matching = [&](const Xapian::Query& query) {
        Xapian::Enquire enquire(index.database);
        enquire.set_query(query);
        std::vector<std::string> ids;
        for (auto match : enquire.get_mset(0, 10)) {
            ids.push_back(
                mss::schema::parse_article(index.database.get_document(match).get_data()).id);
        }
        return ids;
    };
    // Each word opens its lists in the words, then once more in each of three windows.
    const std::size_t words = mss::kMaxPostingLists / 2;
    const auto long_query = built_of(words);
    CHECK(long_query.strict_without_proximity.empty());
    CHECK(mss::posting_lists(long_query.strict) <= mss::kMaxPostingLists);
    CHECK(mss::posting_lists(long_query.strict) + 3 * words > mss::kMaxPostingLists);
    REQUIRE(long_query.notes.size() == 1);
    CHECK(long_query.notes.front().find("close together") != std::string::npos);
    // A query within the budget keeps its windows: each word once, then once in each window.
    const auto short_query = built_of(10);
    // Without its windows it is still the query: the article with every word, not the others.
    CHECK(matching(short_query.strict_without_proximity) == Ids{"ten"});
    CHECK(matching(short_query.strict) == Ids{"ten"});
    CHECK(mss::posting_lists(short_query.strict) ==
          mss::posting_lists(short_query.strict_without_proximity) + 3 * 10);
    CHECK(short_query.notes.empty());
}

TEST_CASE("posting lists are counted one per leaf of the query", "[query_builder]") {
    const Xapian::Query two_words(Xapian::Query::OP_OR, Xapian::Query("a"), Xapian::Query("b"));
    CHECK(mss::posting_lists(Xapian::Query("a")) == 1);
    CHECK(mss::posting_lists(Xapian::Query(Xapian::Query::OP_AND_MAYBE, two_words, two_words)) ==
          4);
    CHECK(mss::posting_lists(Xapian::Query::MatchNothing) == 0);
    CHECK(mss::posting_lists(Xapian::Query()) == 0);
    CHECK(mss::posting_lists(Xapian::Query(Xapian::Query::OP_VALUE_GE, 1, "0")) == 1);
}
