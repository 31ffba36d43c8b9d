#include <catch2/catch.hpp>

#include "dates/civil_date.h"

using mss::CivilDate;

TEST_CASE("civil dates count days across months, years and leap days", "[civil-date]") {
    const CivilDate date{2025, 1, 22};
    CHECK(date.plus_days(-4).iso() == "2025-01-18");
    CHECK(date.plus_days(-22).iso() == "2024-12-31");
    CHECK(CivilDate{2024, 2, 28}.plus_days(1).iso() == "2024-02-29");
    CHECK(CivilDate{1970, 1, 1}.days_since_epoch() == 0);
}

TEST_CASE("weekdays of known dates", "[civil-date]") {
    CHECK(CivilDate{2025, 1, 22}.weekday() == 3);  // Wednesday
    CHECK(CivilDate{2025, 1, 18}.weekday() == 6);  // Saturday
    CHECK(CivilDate{1987, 2, 26}.weekday() == 4);  // Thursday
}

TEST_CASE("only real calendar days are made", "[civil-date]") {
    CHECK(mss::make_civil_date(2024, 2, 29));
    CHECK_FALSE(mss::make_civil_date(2025, 2, 29));
    CHECK_FALSE(mss::make_civil_date(2025, 13, 1));
    CHECK(mss::parse_iso_date("2025-01-18")->compact() == "20250118");
}
