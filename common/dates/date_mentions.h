// Dates an article's text speaks of: "January 18, 2025", "18 January 2025", "the 2nd October
// 2024", "March 2025", and, resolved against the article's own date, "Feb 26", "Saturday",
// "last week", "yesterday".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "dates/calendar_words.h"
#include "dates/civil_date.h"

namespace mss {

struct DateMention {
    std::size_t begin = 0;  // byte span in the analysed text
    std::size_t end = 0;
    std::string value;           // "YYYYMMDD" for a day, "YYYYMM" for a month
    bool explicit_full = false;  // day, month and year all written out: safe as an article date
    std::string how;  // "full date", "month and year", "weekday before the article date", ...
};

// `article_date` resolves the forms without a year; without it they are skipped.
std::vector<DateMention> find_date_mentions(std::string_view text, const std::vector<Token>& tokens,
                                            const std::optional<CivilDate>& article_date,
                                            const CalendarWords& words);

}  // namespace mss
