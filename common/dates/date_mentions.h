// Dates an article's text speaks of: "January 18, 2025", "18 January 2025", "the 2nd October
// 2024", "March 2025", and, resolved against the article's own date, "Feb 26", "Saturday",
// "last week" (the ISO week before the article's), "yesterday".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/analyzer.h"
#include "dates/calendar_words.h"
#include "dates/civil_date.h"

namespace mss {

struct DateMention {
    DateMention() = default;
    DateMention(std::size_t begin, std::size_t end, std::string value, bool explicit_full,
                std::string how)
        : begin(begin),
          end(end),
          value(std::move(value)),
          explicit_full(explicit_full),
          how(std::move(how)) {}

    std::size_t begin = 0;  // byte span in the analysed text
    std::size_t end = 0;
    std::string value;           // "YYYYMMDD" for a day, "YYYYMM" for a month
    bool explicit_full = false;  // day, month and year all written out: safe as an article date
    std::string how;  // "full date", "month and year", "weekday before the article date", ...
    // For a span of days ("last week": Monday to Sunday), its last day "YYYYMMDD"; `value` is then
    // the first. Empty for a single day or a month.
    std::string last_day;
    // The span again in characters (Unicode code points) of the text, filled in by
    // add_char_offsets() (indexer/article_analysis.h) for programs that count characters.
    std::size_t char_begin = 0;
    std::size_t char_end = 0;
};

// `article_date` resolves the forms without a year; without it they are skipped.
std::vector<DateMention> find_date_mentions(std::string_view text, const std::vector<Token>& tokens,
                                            const std::optional<CivilDate>& article_date,
                                            const CalendarWords& words);

// What the mention covers, as mentioned-date values: each day of it ("YYYYMMDD") followed by its
// month ("YYYYMM") once, or the month alone. The index has a term for each, so a filter on any day
// or month the text speaks of finds the article.
std::vector<std::string> covered_date_values(const DateMention& mention);

}  // namespace mss
