// Calendar dates written as ISO 8601 "YYYY-MM-DD".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mss {

// True for a non-empty run of ASCII digits.
bool all_digits(std::string_view text);

// The value of a run of ASCII digits; callers check all_digits() first and keep it short.
int digits_value(std::string_view digits);

// Days in `month` (1-12) of `year`, leap years included.
int days_in_month(int year, int month);

// True for a real calendar day written YYYY-MM-DD: "2024-02-29" yes, "2025-02-30" no.
bool is_valid_iso_date(std::string_view text);

// The calendar day of an ISO 8601 date or date-time ("2025-01-18T10:00:00Z"), or nothing when
// it is not a valid day, or its time of day is not a valid one ("T25:61:61Z").
std::optional<std::string> leading_iso_date(std::string_view text);

}  // namespace mss
