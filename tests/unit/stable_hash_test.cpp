#include <catch2/catch.hpp>

#include "stable_hash.h"

TEST_CASE("the stable hash is FNV-1a and does not change between releases", "[hash]") {
    // Published FNV-1a 64 test vectors: stored hashes depend on these values never changing.
    CHECK(mss::stable_hash("") == 0xcbf29ce484222325ull);
    CHECK(mss::stable_hash("a") == 0xaf63dc4c8601ec8cull);
    CHECK(mss::hash_hex(mss::stable_hash("foobar")) == "85944171f73967e8");
}

TEST_CASE("chained hashing equals hashing the concatenation", "[hash]") {
    CHECK(mss::stable_hash("bar", mss::stable_hash("foo")) == mss::stable_hash("foobar"));
}
