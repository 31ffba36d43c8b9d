// The date forms of `date:`, --from and --to (docs/QUERY.md): 2025-01-18, 2025-01, 2025, ranges
// with "..", open ranges, and relative forms counted back from a reference day so a query can be
// reproduced. Partial dates round the start of a range down and its end up.
#pragma once

#include <string>
#include <string_view>

#include <mss/search.h>

namespace mss {

// Today in the local time zone, YYYY-MM-DD.
std::string today_iso_date();

// `date:` values: "2025-01", "2025-01-01..2025-01-31", "..2025-01", "2025-01..", "last-week",
// "30d". Both ends of the result are YYYY-MM-DD (or open). `now` is YYYY-MM-DD.
// Throws mss::QueryError with the character offset inside `text` of what could not be read.
DateRange parse_date_range(std::string_view text, std::string_view now);

// One end of a range given on its own, as --from and --to are: the first day `text` covers
// when `is_end` is false, the last day when it is true. Throws mss::QueryError as above.
std::string resolve_date_bound(std::string_view text, bool is_end, std::string_view now);

}  // namespace mss
