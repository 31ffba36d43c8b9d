#include <catch2/catch.hpp>

#include <regex>

#include <mss/error.h>

#include "query/date_range_parser.h"
#include "query_doc_examples.h"

namespace {

std::string covered(const mss::DateRange& range) {
    return range.from.value_or("") + ".." + range.to.value_or("");
}

// The reference day docs/QUERY.md resolves its examples against ("--now YYYY-MM-DD").
std::string documented_now() {
    std::ifstream in(std::string(MSS_SOURCE_DIR) + "/docs/QUERY.md");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::smatch match;
    REQUIRE(
        std::regex_search(text, match, std::regex("resolved with `--now (\\d{4}-\\d\\d-\\d\\d)`")));
    return match[1];
}

std::size_t error_offset(const std::string& text, const std::string& now = "2025-03-15") {
    try {
        mss::parse_date_range(text, now);
    } catch (const mss::QueryError& e) {
        return e.position();
    }
    return std::string::npos;
}

}  // namespace

TEST_CASE("every date example in docs/QUERY.md covers the documented days", "[dates]") {
    const std::string now = documented_now();
    const auto rows = mss::test::query_doc_rows("Dates");
    REQUIRE(rows.size() >= 10);
    for (const auto& [value, days] : rows) {
        INFO("date:" << value);
        CHECK(covered(mss::parse_date_range(value, now)) == days);
    }
}

TEST_CASE("a month range ends on the month's last day, leap years included", "[dates]") {
    const std::string now = "2025-06-01";
    CHECK(covered(mss::parse_date_range("2024-02", now)) == "2024-02-01..2024-02-29");
    CHECK(covered(mss::parse_date_range("2023-02", now)) == "2023-02-01..2023-02-28");
    CHECK(covered(mss::parse_date_range("1900-02", now)) == "1900-02-01..1900-02-28");
    CHECK(covered(mss::parse_date_range("2000-02", now)) == "2000-02-01..2000-02-29");
    CHECK(covered(mss::parse_date_range("2024-04", now)) == "2024-04-01..2024-04-30");
    CHECK(covered(mss::parse_date_range("2024-12", now)) == "2024-12-01..2024-12-31");
}

TEST_CASE("a range across a year boundary rounds its start down and its end up", "[dates]") {
    CHECK(covered(mss::parse_date_range("2024..2025", "2025-06-01")) == "2024-01-01..2025-12-31");
    CHECK(covered(mss::parse_date_range("2024-12-31..2025-01", "2025-06-01")) ==
          "2024-12-31..2025-01-31");
}

TEST_CASE("date flags take the first or last day of what their value covers", "[dates]") {
    CHECK(mss::resolve_date_bound("2025-01", false, "2025-06-01") == "2025-01-01");
    CHECK(mss::resolve_date_bound("2025-01", true, "2025-06-01") == "2025-01-31");
    CHECK(mss::resolve_date_bound("2024", true, "2025-06-01") == "2024-12-31");
    CHECK(mss::resolve_date_bound("30d", false, "2025-03-01") == "2025-01-30");
}

TEST_CASE("relative months clamp to the end of a shorter month", "[dates]") {
    CHECK(covered(mss::parse_date_range("last-month", "2025-03-31")) == "2025-02-28..2025-03-31");
    CHECK(covered(mss::parse_date_range("1m..", "2024-03-31")) == "2024-02-29..");
    CHECK(covered(mss::parse_date_range("yesterday", "2025-01-01")) == "2024-12-31..2024-12-31");
}

TEST_CASE("bad dates are errors that point into the value", "[dates]") {
    CHECK(error_offset("2025-13") == 5);
    CHECK(error_offset("2025-02-29") == 0);
    CHECK(error_offset("2025-01..2025-13") == 14);
    CHECK(error_offset("2025-02..2025-01") == 7);
    CHECK(error_offset("..") == 0);
    CHECK(error_offset("12x") == 2);
    CHECK(error_offset("soon") == 0);
    CHECK_THROWS_AS(mss::parse_date_range("2025", "tomorrow"), mss::Error);
}
