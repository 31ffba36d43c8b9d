#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "dates/calendar_words.h"

TEST_CASE("month and weekday names come from ICU in long and short forms", "[calendar-words]") {
    const mss::CalendarWords words;
    CHECK(words.month("january") == 1);
    CHECK(words.month("feb") == 2);
    CHECK(words.month("december") == 12);
    CHECK(words.weekday("saturday") == 6);
    CHECK(words.weekday("sunday") == 0);
    CHECK_FALSE(words.month("kenya"));
    CHECK_FALSE(words.weekday("sun"));  // short weekday names are too often something else
}

TEST_CASE("French month and weekday names come from ICU", "[calendar-words]") {
    const mss::CalendarWords words;
    CHECK(words.month("janvier") == 1);
    CHECK(words.month("fevrier") == 2);  // folded: "février"
    CHECK(words.month("aout") == 8);
    CHECK(words.month("decembre") == 12);
    CHECK(words.month("janv") == 1);  // ICU's short form "janv."
    CHECK(words.weekday("samedi") == 6);
    CHECK(words.weekday("dimanche") == 0);
    CHECK(words.written_in_lower_case("janvier"));
    CHECK(words.written_in_lower_case("samedi"));
    CHECK_FALSE(words.written_in_lower_case("january"));  // English: "May", "March" are words
    CHECK_FALSE(words.written_in_lower_case("janv"));     // abbreviations need a capital
}

TEST_CASE("a calendar data file adds names written in lower case", "[calendar-words]") {
    const mss::CalendarWords words(
        "# Creole\nmonth\t1\tjanvye\nmonth\t10\toktòb\nweekday\t6\tsamdi\n", "creole.txt");
    CHECK(words.month("janvye") == 1);
    CHECK(words.month("oktob") == 10);
    CHECK(words.weekday("samdi") == 6);
    CHECK(words.written_in_lower_case("janvye"));
    CHECK(words.month("january") == 1);  // ICU's names stay
}

TEST_CASE("a bad calendar data line names its file and line", "[calendar-words]") {
    CHECK_THROWS_WITH(mss::CalendarWords("month\t13\tnope\n", "creole.txt"),
                      Catch::Contains("creole.txt:1"));
    CHECK_THROWS_WITH(mss::CalendarWords("month janvye\n", "creole.txt"),
                      Catch::Contains("creole.txt:1"));
}

TEST_CASE("the shipped Creole calendar file names twelve months and seven days",
          "[calendar-words]") {
    std::ifstream in(MSS_SOURCE_DIR "/entities/haitian_creole_calendar.txt");
    REQUIRE(in);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const mss::CalendarWords words(text, "haitian_creole.txt");
    CHECK(words.month("janvye") == 1);
    CHECK(words.month("desanm") == 12);
    CHECK(words.month("jiye") == 7);  // "jiyè"
    CHECK(words.weekday("lendi") == 1);
    CHECK(words.weekday("dimanch") == 0);
}
