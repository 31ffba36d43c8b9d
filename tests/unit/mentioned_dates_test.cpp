#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "query/mentioned_dates.h"
#include "schema.h"

namespace {

// One document per list of mentioned-date terms (without their prefix), in order: docid i + 1.
Xapian::WritableDatabase mentioning(const std::vector<std::vector<std::string>>& documents) {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& dates : documents) {
        Xapian::Document document;
        for (const std::string& date : dates) {
            document.add_boolean_term(mss::schema::kMentionedDatePrefix + date);
        }
        database.add_document(document);
    }
    return database;
}

std::set<Xapian::docid> matching(const Xapian::Database& database, const mss::DateRange& range) {
    Xapian::Enquire enquire(database);
    enquire.set_query(mss::mentioned_dates_query(&database, range));
    std::set<Xapian::docid> found;
    for (const auto docid : enquire.get_mset(0, database.get_doccount())) {
        found.insert(docid);
    }
    return found;
}

}  // namespace

TEST_CASE("a range finds the days mentioned in it, and months only when wholly inside",
          "[mentioned_dates]") {
    const auto database = mentioning({
        {"20250118", "202501"},  // 1: "January 18, 2025"
        {"202502"},              // 2: "February 2025"
        {"20250228", "202502"},  // 3: "February 28, 2025"
        {"20250301", "202503"},  // 4: "March 1, 2025"
        {},                      // 5: no date mentioned
    });
    CHECK(matching(database, {"2025-01-18", "2025-01-18"}) == std::set<Xapian::docid>{1});
    // All of February: the month mention and the day in it, whatever the month's length.
    CHECK(matching(database, {"2025-02-01", "2025-02-28"}) == std::set<Xapian::docid>{2, 3});
    // Part of February: the day, not "February 2025", which may mean any of its days.
    CHECK(matching(database, {"2025-02-20", "2025-03-05"}) == std::set<Xapian::docid>{3, 4});
    CHECK(matching(database, {std::nullopt, "2025-01-31"}) == std::set<Xapian::docid>{1});
    CHECK(matching(database, {"2025-03-01", std::nullopt}) == std::set<Xapian::docid>{4});
    CHECK(matching(database, {"2026-01-01", "2026-12-31"}).empty());
}
