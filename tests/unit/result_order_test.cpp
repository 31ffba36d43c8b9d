#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <xapian.h>

#include "memory_index.h"
#include "result_order.h"

namespace {

using mss::test::MemoryIndex;

// `count` undated articles, written by the document builder, whose ids (and so their order keys)
// run against the order they were added in; "word" is written once in every third and twice in
// the others, in bodies of the same length, and "filler" in every one (words that are their own
// stems, so each is one term).
void add_articles(MemoryIndex& index, int count) {
    for (int i = 0; i < count; ++i) {
        const std::string id = "doc-" + std::to_string(101000 - i);  // same width, so text order
        index.add({id, "Report", i % 3 == 0 ? "word filler filler" : "word word filler", {}, {}});
    }
}

std::vector<Xapian::docid> page_of(const Xapian::Database& database, const Xapian::Query& query,
                                   std::size_t offset, std::size_t limit, int& refetches) {
    const auto enquire_for = [&] {
        Xapian::Enquire enquire(database);
        enquire.set_query(query);
        mss::set_result_order(enquire, mss::SortOrder::kRelevance);
        return enquire;
    };
    const Xapian::MSet fetched = enquire_for().get_mset(0, mss::first_fetch_size(offset, limit));
    const auto fetch_top = [&](Xapian::doccount count) {
        ++refetches;
        return enquire_for().get_mset(0, count);
    };
    std::vector<Xapian::docid> page;
    for (const auto& match :
         mss::ordered_page(fetched, fetch_top, mss::SortOrder::kRelevance, offset, limit)) {
        page.push_back(match.docid);
    }
    return page;
}

}  // namespace

TEST_CASE("a filter-only query pages by the order key without reading every match",
          "[result_order]") {
    MemoryIndex index;
    add_articles(index, 500);
    int refetches = 0;
    const Xapian::Query filter(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("filler"), 0.0);
    // Keys run against insertion: the last article added sorts first.
    CHECK(page_of(index.database, filter, 0, 3, refetches) ==
          std::vector<Xapian::docid>{500, 499, 498});
    CHECK(page_of(index.database, filter, 10, 2, refetches) ==
          std::vector<Xapian::docid>{490, 489});
    CHECK(refetches == 0);
}

TEST_CASE("a run of equal scores crossing the page end is ordered by key over the whole run",
          "[result_order]") {
    MemoryIndex index;
    add_articles(index, 60);
    int refetches = 0;
    // Two score levels (the word twice, then once); within each the order key decides.
    const auto page = page_of(index.database, Xapian::Query("word"), 0, 5, refetches);
    CHECK(page == std::vector<Xapian::docid>{60, 59, 57, 56, 54});
    CHECK(refetches > 0);
}
