#include <catch2/catch.hpp>

#include "check_cases.h"
#include "dates/iso_date.h"

TEST_CASE("only real calendar days are valid dates", "[dates]") {
    CHECK(mss::is_valid_iso_date("2025-01-22"));
    CHECK(mss::is_valid_iso_date("2024-02-29"));
    mss::testing::check_none(mss::is_valid_iso_date, {"2025-02-29", "2025-02-30", "2025-13-01",
                                                      "2025-1-22", "99999-01-01"});
}

TEST_CASE("date-times give their calendar day", "[dates]") {
    CHECK(mss::leading_iso_date("2025-01-18T10:00:00Z") ==
          std::optional<std::string>("2025-01-18"));
    CHECK(mss::leading_iso_date("2025-01-18") == std::optional<std::string>("2025-01-18"));
    CHECK_FALSE(mss::leading_iso_date("2025-01-18garbage"));
    CHECK_FALSE(mss::leading_iso_date("18/01/2025"));
}
