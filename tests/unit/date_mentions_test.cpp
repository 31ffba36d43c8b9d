#include <catch2/catch.hpp>

#include "dates/date_mentions.h"

namespace {

// The values of the dates `text` mentions, read with `stopwords` and `words`.
std::vector<std::string> mentioned(const std::string& text,
                                   const std::optional<mss::CivilDate>& article_date,
                                   const char* stopwords, const mss::CalendarWords& words) {
    mss::Analyzer analyzer{mss::StopwordList::parse(stopwords)};
    std::vector<std::string> values;
    for (const auto& mention :
         mss::find_date_mentions(text, analyzer.analyze(text), article_date, words)) {
        values.push_back(mention.value);
    }
    return values;
}

std::vector<std::string> dates_in(const std::string& text,
                                  const std::optional<mss::CivilDate>& article_date = {}) {
    static const mss::CalendarWords words;
    return mentioned(text, article_date, "the\non\n", words);
}

}  // namespace

TEST_CASE("full dates in either order are days", "[date-mentions]") {
    CHECK(dates_in("on Saturday, January 18, 2025.") == std::vector<std::string>{"20250118"});
    CHECK(dates_in("on 18 January 2025") == std::vector<std::string>{"20250118"});
    CHECK(dates_in("on the 2nd October 2024 and 27th August 2024") ==
          std::vector<std::string>{"20241002", "20240827"});
}

TEST_CASE("a month and year is a month", "[date-mentions]") {
    CHECK(dates_in("closed until March 2025") == std::vector<std::string>{"202503"});
}

TEST_CASE("forms without a year need the article date", "[date-mentions]") {
    const mss::CivilDate article{2025, 1, 22};  // a Wednesday
    CHECK(dates_in("on Saturday", article) == std::vector<std::string>{"20250118"});
    CHECK(dates_in("SALVADOR, Feb 26 - showers", article) == std::vector<std::string>{"20250226"});
    CHECK(dates_in("on December 30", article) == std::vector<std::string>{"20241230"});
    CHECK(dates_in("on Saturday").empty());
}

TEST_CASE("month names as common words and impossible days are not dates", "[date-mentions]") {
    CHECK(dates_in("they may 2 march 2025").empty());
    CHECK(dates_in("on 31 February 2025") == std::vector<std::string>{"202502"});  // no such day
}

TEST_CASE("last week is the whole calendar week before the article's", "[date-mentions]") {
    static const mss::CalendarWords words;
    mss::Analyzer analyzer{mss::StopwordList::parse("the\n")};
    const std::string text = "Officers arrived last week.";
    // Wednesday 2025-01-22 and Sunday 2025-01-26 are in the week of Monday 2025-01-20; Monday
    // 2025-01-20 itself too: each speaks of Monday 13 to Sunday 19 January.
    for (const mss::CivilDate article :
         {mss::CivilDate{2025, 1, 22}, mss::CivilDate{2025, 1, 26}, mss::CivilDate{2025, 1, 20}}) {
        const auto mentions = mss::find_date_mentions(text, analyzer.analyze(text), article, words);
        REQUIRE(mentions.size() == 1);
        CHECK(text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == "last week");
        CHECK(mentions[0].value == "20250113");
        CHECK(mentions[0].last_day == "20250119");
    }
}

TEST_CASE("a mentioned week covers each of its days and months", "[date-mentions]") {
    mss::DateMention week;
    week.value = "20250127";  // Monday 27 January to Sunday 2 February 2025
    week.last_day = "20250202";
    CHECK(mss::covered_date_values(week) ==
          std::vector<std::string>{"20250127", "202501", "20250128", "20250129", "20250130",
                                   "20250131", "20250201", "202502", "20250202"});
    mss::DateMention day;
    day.value = "20250118";
    CHECK(mss::covered_date_values(day) == std::vector<std::string>{"20250118", "202501"});
    mss::DateMention month;
    month.value = "202503";
    CHECK(mss::covered_date_values(month) == std::vector<std::string>{"202503"});
}

namespace {

// As dates_in(), with the stopwords a Creole or French text has and the shipped Creole names.
std::vector<std::string> french_dates_in(const std::string& text,
                                         const std::optional<mss::CivilDate>& article_date = {}) {
    static const mss::CalendarWords words(
        "month\t5\tme\nmonth\t8\tout\nmonth\t1\tjanvye\nmonth\t3\tmas\nweekday\t1\tlendi\n",
        "creole");
    return mentioned(text, article_date, "the\non\nle\nme\nout\nof\n", words);
}

}  // namespace

TEST_CASE("French dates in lower case are days and months", "[date-mentions]") {
    CHECK(french_dates_in("arrivés le 18 janvier 2025.") == std::vector<std::string>{"20250118"});
    CHECK(french_dates_in("depuis octobre 2023") == std::vector<std::string>{"202310"});
    CHECK(french_dates_in("Le 5 Août 2024") == std::vector<std::string>{"20240805"});
    const auto article = mss::make_civil_date(2025, 2, 12);
    CHECK(french_dates_in("avant le 1er mars", article) == std::vector<std::string>{"20250301"});
    CHECK(french_dates_in("le 30 décembre", article) == std::vector<std::string>{"20241230"});
}

TEST_CASE("French weekdays resolve against the article date", "[date-mentions]") {
    const auto wednesday = mss::make_civil_date(2025, 2, 12);
    CHECK(french_dates_in("samedi, des patrouilles", wednesday) ==
          std::vector<std::string>{"20250208"});
    CHECK(french_dates_in("mercredi", wednesday) == std::vector<std::string>{"20250212"});
}

TEST_CASE("a weekday before a date is the date's day", "[date-mentions]") {
    const auto article = mss::make_civil_date(2025, 3, 17);
    CHECK(french_dates_in("lendi 10 mas 2025", article) == std::vector<std::string>{"20250310"});
    CHECK(french_dates_in("samedi 8 mars", article) == std::vector<std::string>{"20250308"});
    CHECK(dates_in("on Saturday, January 18", mss::make_civil_date(2025, 1, 22)) ==
          std::vector<std::string>{"20250118"});
}

TEST_CASE("Creole month names from a data file make dates", "[date-mentions]") {
    CHECK(french_dates_in("rive Ayiti 18 janvye 2025") == std::vector<std::string>{"20250118"});
    CHECK(french_dates_in("depi 3 mas", mss::make_civil_date(2025, 3, 17)) ==
          std::vector<std::string>{"20250303"});
}

TEST_CASE("a month name that is also a stopword needs a day and a year", "[date-mentions]") {
    const auto article = mss::make_civil_date(2025, 3, 17);
    CHECK(french_dates_in("18 out 2025") == std::vector<std::string>{"20250818"});
    CHECK(french_dates_in("won 2 out of 3", article).empty());
    CHECK(french_dates_in("sold out 2025 seats").empty());
    CHECK(french_dates_in("give me 2025 reasons").empty());
}
