#include "query/date_range_parser.h"

#include <cctype>
#include <cstdio>
#include <memory>

#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <mss/error.h>

#include "dates/iso_date.h"

namespace mss {
namespace {

struct Day {
    int year, month, day;
};

// The days one date expression covers, inclusive.
struct Span {
    Day first, last;
    bool relative_amount = false;  // "30d": a point in the past that alone means "since then"
};

// Calendar arithmetic goes through ICU's Gregorian calendar in UTC, so month lengths, leap
// years and "one month before 31 March" follow one well-tested set of rules.
class Calendar {
  public:
    explicit Calendar(const Day& day) {
        UErrorCode status = U_ZERO_ERROR;
        calendar_ = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), status);
        if (U_FAILURE(status)) {
            throw IoError(std::string("ICU calendar: ") + u_errorName(status));
        }
        calendar_->clear();
        calendar_->set(day.year, day.month - 1, day.day);
    }
    Calendar& add(UCalendarDateFields field, int amount) {
        UErrorCode status = U_ZERO_ERROR;
        calendar_->add(field, amount, status);
        return *this;
    }
    Day day() const {
        UErrorCode status = U_ZERO_ERROR;
        return {calendar_->get(UCAL_YEAR, status), calendar_->get(UCAL_MONTH, status) + 1,
                calendar_->get(UCAL_DATE, status)};
    }
    int days_in_month() const {
        UErrorCode status = U_ZERO_ERROR;
        return calendar_->getActualMaximum(UCAL_DAY_OF_MONTH, status);
    }

  private:
    std::unique_ptr<icu::GregorianCalendar> calendar_;
};

std::string to_iso(const Day& day) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", day.year, day.month, day.day);
    return text;
}

Day parse_now(std::string_view now) {
    if (!is_valid_iso_date(now)) {
        throw InvalidArgumentError("today's date must be a day written YYYY-MM-DD, not '" +
                                   std::string(now) + "'");
    }
    return {digits_value(now.substr(0, 4)), digits_value(now.substr(5, 2)),
            digits_value(now.substr(8, 2))};
}

Span day_span(const Day& day) {
    return {day, day};
}

Span since(const Day& now, UCalendarDateFields field, int amount) {
    return {Calendar(now).add(field, -amount).day(), now};
}

// One expression without "..": absolute (2025, 2025-01, 2025-01-18) or relative.
Span parse_expression(std::string_view text, const Day& now, std::size_t offset) {
    if (text.size() == 4 && all_digits(text)) {
        const int year = digits_value(text);
        return {{year, 1, 1}, {year, 12, 31}};
    }
    if (text.size() == 7 && text[4] == '-' && all_digits(text.substr(0, 4)) &&
        all_digits(text.substr(5, 2))) {
        const int year = digits_value(text.substr(0, 4)), month = digits_value(text.substr(5, 2));
        if (month < 1 || month > 12) {
            throw QueryError(
                "no month " + std::string(text.substr(5, 2)) + " in '" + std::string(text) + "'",
                offset + 5);
        }
        return {{year, month, 1}, {year, month, Calendar({year, month, 1}).days_in_month()}};
    }
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        if (!is_valid_iso_date(text)) {
            throw QueryError("'" + std::string(text) + "' is not a calendar day", offset);
        }
        return day_span({digits_value(text.substr(0, 4)), digits_value(text.substr(5, 2)),
                         digits_value(text.substr(8, 2))});
    }
    if (text == "today") {
        return day_span(now);
    }
    if (text == "yesterday") {
        return day_span(Calendar(now).add(UCAL_DATE, -1).day());
    }
    if (text == "last-week") {
        return since(now, UCAL_DATE, 7);
    }
    if (text == "last-month") {
        return since(now, UCAL_MONTH, 1);
    }
    if (text == "last-year") {
        return since(now, UCAL_YEAR, 1);
    }
    if (text.size() >= 2 && all_digits(text.substr(0, text.size() - 1))) {
        if (text.size() > 6) {
            throw QueryError("'" + std::string(text) + "' reaches back too far", offset);
        }
        const int amount = digits_value(text.substr(0, text.size() - 1));
        const char unit = text.back();
        UCalendarDateFields field = UCAL_DATE;
        int multiple = 1;
        if (unit == 'w') {
            multiple = 7;
        } else if (unit == 'm') {
            field = UCAL_MONTH;
        } else if (unit == 'y') {
            field = UCAL_YEAR;
        } else if (unit != 'd') {
            throw QueryError("unknown unit '" + std::string(1, unit) + "' (d, w, m or y)",
                             offset + text.size() - 1);
        }
        Span span = day_span(Calendar(now).add(field, -amount * multiple).day());
        span.relative_amount = true;
        return span;
    }
    throw QueryError("'" + std::string(text) +
                         "' is not a date (YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, "
                         "last-week, last-month, last-year or Nd/Nw/Nm/Ny)",
                     offset);
}

std::string bound_of(const Span& span, bool is_end) {
    return to_iso(is_end ? span.last : span.first);
}

}  // namespace

std::string today_iso_date() {
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(status);  // now, in the default (local) time zone
    if (U_FAILURE(status)) {
        throw IoError(std::string("ICU calendar: ") + u_errorName(status));
    }
    return to_iso({calendar.get(UCAL_YEAR, status), calendar.get(UCAL_MONTH, status) + 1,
                   calendar.get(UCAL_DATE, status)});
}

DateRange parse_date_range(std::string_view text, std::string_view now) {
    const Day today = parse_now(now);
    DateRange range;
    const std::size_t dots = text.find("..");
    if (dots == std::string_view::npos) {
        const Span span = parse_expression(text, today, 0);
        range.from = bound_of(span, false);
        // "30d" alone means the last 30 days, not the one day 30 days ago.
        range.to = span.relative_amount ? to_iso(today) : bound_of(span, true);
        return range;
    }
    const std::string_view start = text.substr(0, dots), end = text.substr(dots + 2);
    if (start.empty() && end.empty()) {
        throw QueryError("a range needs at least one end: FROM.., ..TO or FROM..TO", 0);
    }
    if (!start.empty()) {
        range.from = bound_of(parse_expression(start, today, 0), false);
    }
    if (!end.empty()) {
        range.to = bound_of(parse_expression(end, today, dots + 2), true);
    }
    if (range.from && range.to && *range.from > *range.to) {
        throw QueryError(
            "the range ends (" + *range.to + ") before it starts (" + *range.from + ")", dots);
    }
    return range;
}

std::string resolve_date_bound(std::string_view text, bool is_end, std::string_view now) {
    return bound_of(parse_expression(text, parse_now(now), 0), is_end);
}

}  // namespace mss
