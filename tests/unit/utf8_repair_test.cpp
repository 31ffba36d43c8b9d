#include <catch2/catch.hpp>

#include "utf8_repair.h"

using mss::find_invalid_utf8;
using mss::repair_utf8;

TEST_CASE("valid UTF-8 needs no repair", "[utf8]") {
    CHECK_FALSE(find_invalid_utf8("Chérizier in Port-au-Prince — “quoted”"));
    CHECK_FALSE(find_invalid_utf8(""));
}

TEST_CASE("the first ill-formed byte is found", "[utf8]") {
    CHECK(find_invalid_utf8("abc\xE9z") == std::optional<std::size_t>(3));    // Latin-1 é
    CHECK(find_invalid_utf8("ok\xF0\x9F") == std::optional<std::size_t>(2));  // truncated
}

TEST_CASE("each ill-formed sequence becomes U+FFFD and the rest is kept", "[utf8]") {
    CHECK(repair_utf8("Ch\xE9rizier") == "Ch\xEF\xBF\xBDrizier");
    CHECK_FALSE(find_invalid_utf8(repair_utf8("\xFF\xFE garbage \xC3")));
}
