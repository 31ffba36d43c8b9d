#include <catch2/catch.hpp>

#include "unread_files.h"

TEST_CASE("an unread file holds its own articles and its lines, nothing else", "[unread]") {
    mss::UnreadFiles unread;
    CHECK(unread.empty());
    unread.add("/news/wire.jsonl");
    CHECK(unread.hold("/news/wire.jsonl"));
    CHECK(unread.hold("/news/wire.jsonl:12"));
    CHECK_FALSE(unread.hold("/news/wire.jsonl.old:1"));
    CHECK_FALSE(unread.hold("/news/wire.json"));
    CHECK_FALSE(unread.hold("/news/other.jsonl:1"));
}

TEST_CASE("an unread folder holds everything under it", "[unread]") {
    mss::UnreadFiles unread;
    unread.add("/news/day");
    unread.add("/news/day");
    CHECK(unread.places().size() == 1);
    CHECK(unread.hold("/news/day/a.txt"));
    CHECK(unread.hold("/news/day/sub/b.jsonl:3"));
    CHECK_FALSE(unread.hold("/news/day2/a.txt"));
}
