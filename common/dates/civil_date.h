// Calendar days in the proleptic Gregorian calendar, with the arithmetic relative dates need.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mss {

struct CivilDate {
    int year = 0;
    int month = 0;  // 1-12
    int day = 0;    // 1-31

    // Days since 1970-01-01 (negative before).
    long days_since_epoch() const;
    static CivilDate from_days_since_epoch(long days);
    // 0 = Sunday ... 6 = Saturday.
    int weekday() const;
    CivilDate plus_days(long days) const {
        return from_days_since_epoch(days_since_epoch() + days);
    }

    std::string iso() const;      // "2025-01-18"
    std::string compact() const;  // "20250118"
    bool operator==(const CivilDate& other) const;
};

// A real calendar day, or nothing: (2025, 2, 30) is not one.
std::optional<CivilDate> make_civil_date(int year, int month, int day);

// "2025-01-18" -> the day; nothing for anything else.
std::optional<CivilDate> parse_iso_date(std::string_view text);

}  // namespace mss
