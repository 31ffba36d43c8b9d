#include "dates/iso_date.h"

#include <cctype>

namespace mss {
namespace {

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool all_digits(std::string_view text) {
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return !text.empty();
}

int digits_value(std::string_view digits) {
    int value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

bool is_valid_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    const auto year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
    if (!all_digits(year) || !all_digits(month) || !all_digits(day)) {
        return false;
    }
    const int y = digits_value(year), m = digits_value(month), d = digits_value(day);
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

namespace {

// "HH" of at most `max`, at the start of `text`.
bool two_digits_upto(std::string_view text, int max) {
    return text.size() >= 2 && all_digits(text.substr(0, 2)) &&
           digits_value(text.substr(0, 2)) <= max;
}

// hh:mm[:ss[.fraction]] then nothing, Z, or an offset ±hh[:]mm: 25:61:61 is no time of day.
bool is_valid_iso_time(std::string_view text) {
    if (!two_digits_upto(text, 23) || text.size() < 5 || text[2] != ':' ||
        !two_digits_upto(text.substr(3), 59)) {
        return false;
    }
    std::string_view rest = text.substr(5);
    if (!rest.empty() && rest[0] == ':') {
        if (!two_digits_upto(rest.substr(1), 60)) {  // 60: a leap second
            return false;
        }
        rest.remove_prefix(3);
        if (!rest.empty() && (rest[0] == '.' || rest[0] == ',')) {
            std::size_t digits = 1;
            while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
                ++digits;
            }
            if (digits == 1) {
                return false;
            }
            rest.remove_prefix(digits);
        }
    }
    if (rest.empty() || rest == "Z") {
        return true;
    }
    if (rest[0] != '+' && rest[0] != '-') {
        return false;
    }
    rest.remove_prefix(1);
    if (!two_digits_upto(rest, 23)) {
        return false;
    }
    rest.remove_prefix(2);
    if (!rest.empty() && rest[0] == ':') {
        rest.remove_prefix(1);
    }
    return rest.empty() || (rest.size() == 2 && two_digits_upto(rest, 59));
}

}  // namespace

std::optional<std::string> leading_iso_date(std::string_view text) {
    if (text.size() < 10) {
        return std::nullopt;
    }
    const std::string_view day = text.substr(0, 10);
    if (!is_valid_iso_date(day) || (text.size() > 10 && ((text[10] != 'T' && text[10] != ' ') ||
                                                         !is_valid_iso_time(text.substr(11))))) {
        return std::nullopt;
    }
    return std::string(day);
}

}  // namespace mss
