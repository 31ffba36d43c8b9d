#include <catch2/catch.hpp>

#include "dates/date_mentions.h"

namespace {

std::vector<std::string> dates_in(const std::string& text,
                                  const std::optional<mss::CivilDate>& article_date = {}) {
    static const mss::CalendarWords words;
    mss::Analyzer analyzer{mss::StopwordList::parse("the\non\n")};
    std::vector<std::string> values;
    for (const auto& mention :
         mss::find_date_mentions(text, analyzer.analyze(text), article_date, words)) {
        values.push_back(mention.value);
    }
    return values;
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
    CHECK(dates_in("last week", article) == std::vector<std::string>{"20250115"});
    CHECK(dates_in("SALVADOR, Feb 26 - showers", article) == std::vector<std::string>{"20250226"});
    CHECK(dates_in("on December 30", article) == std::vector<std::string>{"20241230"});
    CHECK(dates_in("on Saturday").empty());
}

TEST_CASE("month names as common words and impossible days are not dates", "[date-mentions]") {
    CHECK(dates_in("they may 2 march 2025").empty());
    CHECK(dates_in("on 31 February 2025") == std::vector<std::string>{"202502"});  // no such day
}
