#include <catch2/catch.hpp>

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
