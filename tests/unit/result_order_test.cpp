#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <xapian.h>

#include "result_order.h"
#include "schema.h"

namespace {

// Documents tagged "Tall", with order keys that reverse the order they were added in,
// and "Tword" with wdf 1 in every third document and 2 in the others.
Xapian::WritableDatabase tagged_documents(int count) {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < count; ++i) {
        Xapian::Document document;
        document.add_boolean_term("Tall");
        document.add_term("Tword", i % 3 == 0 ? 1 : 2);
        document.add_term("Tpad", 5);
        const std::string id = "doc-" + std::to_string(101000 - i);  // same width, so text order
        document.add_value(mss::schema::kNewestFirstSlot, mss::schema::newest_first_key("", id));
        database.add_document(document);
    }
    return database;
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
    const auto database = tagged_documents(500);
    int refetches = 0;
    const Xapian::Query filter(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("Tall"), 0.0);
    // Keys run against insertion: the last document added sorts first.
    CHECK(page_of(database, filter, 0, 3, refetches) == std::vector<Xapian::docid>{500, 499, 498});
    CHECK(page_of(database, filter, 10, 2, refetches) == std::vector<Xapian::docid>{490, 489});
    CHECK(refetches == 0);
}

TEST_CASE("a run of equal scores crossing the page end is ordered by key over the whole run",
          "[result_order]") {
    const auto database = tagged_documents(60);
    int refetches = 0;
    // Two score levels (wdf 2, then wdf 1); within each the order key decides.
    const auto page = page_of(database, Xapian::Query("Tword"), 0, 5, refetches);
    CHECK(page == std::vector<Xapian::docid>{60, 59, 57, 56, 54});
    CHECK(refetches > 0);
}
