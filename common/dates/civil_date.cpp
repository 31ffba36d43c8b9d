#include "dates/civil_date.h"

#include <cstdio>

#include "dates/iso_date.h"

namespace mss {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date, no tables.
long CivilDate::days_since_epoch() const {
    const int y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long year_of_era = y - era * 400;
    const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate CivilDate::from_days_since_epoch(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long day_of_era = days - era * 146097;
    const long year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const long mp = (5 * day_of_year + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

int CivilDate::weekday() const {
    const long days = days_since_epoch();
    return static_cast<int>(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6);
}

std::string CivilDate::iso() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

std::string CivilDate::compact() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02d%02d", year, month, day);
    return text;
}

bool CivilDate::operator==(const CivilDate& other) const {
    return year == other.year && month == other.month && day == other.day;
}

std::optional<CivilDate> make_civil_date(int year, int month, int day) {
    char text[16];
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
        return std::nullopt;
    }
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return parse_iso_date(text);
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (!is_valid_iso_date(text)) {
        return std::nullopt;
    }
    auto number = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    return CivilDate{number(0, 4), number(5, 2), number(8, 2)};
}

}  // namespace mss
