#include "dates/date_mentions.h"

#include <cstdio>
#include <cstdlib>

#include "analysis/ordinal.h"
#include "entities/letter_case.h"

namespace mss {
namespace {

// A written day of the month: "18", "18th", or the French first, "1er" ("le 1er février").
std::optional<int> day_number(const Token& token) {
    std::string digits = token.word;
    if (auto number = ordinal_number(token.word)) {
        digits = *number;
    } else if (token.word == "1er") {
        digits = "1";
    }
    if (digits.empty() || digits.size() > 2) {
        return std::nullopt;
    }
    int day = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        day = day * 10 + (c - '0');
    }
    return day >= 1 && day <= 31 ? std::optional<int>(day) : std::nullopt;
}

std::optional<int> year_number(const Token& token) {
    if (token.word.size() != 4) {
        return std::nullopt;
    }
    int year = 0;
    for (const char c : token.word) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        year = year * 10 + (c - '0');
    }
    return year >= 1800 && year <= 2200 ? std::optional<int>(year) : std::nullopt;
}

// A year-less day is the one nearest the article date: "Dec 30" in a January story is last year.
CivilDate nearest_year(int month, int day, const CivilDate& article) {
    CivilDate best{};
    long best_distance = -1;
    for (int year = article.year - 1; year <= article.year + 1; ++year) {
        if (const auto date = make_civil_date(year, month, day)) {
            const long distance = std::labs(date->days_since_epoch() - article.days_since_epoch());
            if (best_distance < 0 || distance < best_distance) {
                best = *date;
                best_distance = distance;
            }
        }
    }
    return best;
}

// "20250118" -> the day.
std::optional<CivilDate> parse_compact_day(const std::string& value) {
    if (value.size() != 8) {
        return std::nullopt;
    }
    return parse_iso_date(value.substr(0, 4) + "-" + value.substr(4, 2) + "-" + value.substr(6, 2));
}

}  // namespace

std::vector<DateMention> find_date_mentions(std::string_view text, const std::vector<Token>& tokens,
                                            const std::optional<CivilDate>& article_date,
                                            const CalendarWords& words) {
    std::vector<DateMention> found;
    const std::size_t n = tokens.size();
    // Words of one date sit close together: "January 18, 2025", "Feb. 26".
    auto close = [&](std::size_t left) {
        const std::string_view gap =
            text.substr(tokens[left].end, tokens[left + 1].begin - tokens[left].end);
        // A bare line break is a hard wrap inside a sentence (wire copy), not a new paragraph.
        return gap == "\n" || (gap.size() <= 3 && gap.find('\n') == std::string_view::npos);
    };
    auto capitalised = [&](const Token& token) {
        return word_case(text.substr(token.begin, token.end - token.begin)) != WordCase::kLower;
    };
    // A name its language writes in lower case ("janvier", "samedi") is a date word in any case.
    auto calendar_case = [&](const Token& token) {
        return capitalised(token) || words.written_in_lower_case(token.word);
    };
    auto month_at = [&](std::size_t i) -> std::optional<int> {
        return i < n && calendar_case(tokens[i]) ? words.month(tokens[i].word) : std::nullopt;
    };
    // A lower-case month name that is also a stopword (Creole "me" and "out" are English words)
    // is a month only between a day and a year: "18 out 2025", not "2 out of 3".
    auto stopword_month = [&](std::size_t i) {
        return tokens[i].stopword && !capitalised(tokens[i]);
    };
    auto day_at = [&](std::size_t i) { return i < n ? day_number(tokens[i]) : std::nullopt; };
    auto year_at = [&](std::size_t i) { return i < n ? year_number(tokens[i]) : std::nullopt; };
    auto add = [&](std::size_t first, std::size_t last, std::string value, bool full,
                   const char* how) {
        found.push_back({tokens[first].begin, tokens[last].end, std::move(value), full, how});
    };

    for (std::size_t i = 0; i < n; ++i) {
        if (const auto month = month_at(i); month && !stopword_month(i)) {
            // Month Day[,] Year | Month Day | Month Year
            if (const auto day = day_at(i + 1); day && close(i)) {
                if (const auto year = year_at(i + 2); year && close(i + 1)) {
                    if (const auto date = make_civil_date(*year, *month, *day)) {
                        add(i, i + 2, date->compact(), true, "full date");
                        i += 2;
                        continue;
                    }
                } else if (article_date) {
                    const CivilDate date = nearest_year(*month, *day, *article_date);
                    if (date.year != 0) {
                        add(i, i + 1, date.compact(), false, "month and day, year of the article");
                        i += 1;
                        continue;
                    }
                }
            }
            if (const auto year = year_at(i + 1); year && close(i)) {
                char value[8];
                std::snprintf(value, sizeof value, "%04d%02d", *year, *month);
                add(i, i + 1, value, false, "month and year");
                i += 1;
            }
            continue;
        }
        if (const auto day = day_number(tokens[i]); day && i + 1 < n && close(i)) {
            // Day Month [Year]
            if (const auto month = month_at(i + 1)) {
                if (const auto year = year_at(i + 2); year && close(i + 1)) {
                    if (const auto date = make_civil_date(*year, *month, *day)) {
                        add(i, i + 2, date->compact(), true, "full date");
                        i += 2;
                    }
                } else if (article_date && !stopword_month(i + 1)) {
                    const CivilDate date = nearest_year(*month, *day, *article_date);
                    if (date.year != 0) {
                        add(i, i + 1, date.compact(), false, "day and month, year of the article");
                        i += 1;
                    }
                }
                continue;
            }
        }
        if (!article_date) {
            continue;
        }
        // "lendi 10 mas 2025", "Saturday, January 18": the date that follows says which day the
        // weekday is; the weekday alone would be resolved against the article date instead.
        const auto date_follows = [&] {
            return i + 1 < n && close(i) &&
                   ((day_at(i + 1) && month_at(i + 2) && close(i + 1)) ||
                    (month_at(i + 1) && day_at(i + 2)));
        };
        if (const auto weekday = words.weekday(tokens[i].word);
            weekday && calendar_case(tokens[i]) && !date_follows()) {
            // News speaks of the past week: "on Saturday" is the last Saturday up to the article.
            const int back = (article_date->weekday() - *weekday + 7) % 7;
            add(i, i, article_date->plus_days(-back).compact(), false,
                "weekday up to the article date");
        } else if (tokens[i].word == "yesterday") {
            add(i, i, article_date->plus_days(-1).compact(), false, "yesterday");
        } else if (tokens[i].word == "last" && i + 1 < n && tokens[i + 1].word == "week" &&
                   close(i)) {
            // The calendar week before the article's week, Monday to Sunday (ISO 8601): "last
            // week" in a Wednesday story is no single day, and any day of it may be meant.
            const CivilDate this_monday =
                article_date->plus_days(-((article_date->weekday() + 6) % 7));
            add(i, i + 1, this_monday.plus_days(-7).compact(), false,
                "last week: Monday to Sunday of the week before the article's");
            found.back().last_day = this_monday.plus_days(-1).compact();
            i += 1;
        }
    }
    return found;
}

std::vector<std::string> covered_date_values(const DateMention& mention) {
    if (mention.last_day.empty()) {
        if (mention.value.size() == 8) {
            return {mention.value, mention.value.substr(0, 6)};
        }
        return {mention.value};
    }
    std::vector<std::string> values;
    const auto first = parse_compact_day(mention.value);
    const auto last = parse_compact_day(mention.last_day);
    if (!first || !last) {
        return values;
    }
    std::string month;
    for (long day = first->days_since_epoch(); day <= last->days_since_epoch(); ++day) {
        const std::string value = CivilDate::from_days_since_epoch(day).compact();
        values.push_back(value);
        if (value.compare(0, 6, month) != 0) {
            month = value.substr(0, 6);
            values.push_back(month);
        }
    }
    return values;
}

}  // namespace mss
