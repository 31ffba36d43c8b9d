#include <catch2/catch.hpp>

#include <string>

#include "numbered_words.h"
#include "stories/stored_fingerprint.h"

namespace {

using mss::testing::numbered_words;

}  // namespace

TEST_CASE("a stored fingerprint reads back as the fingerprint of its text", "[stories]") {
    const std::string title = "Kenya sends troops", body = numbered_words(0, 200);
    const auto stored = mss::parse_stored_fingerprint(mss::stored_fingerprint(title, body),
                                                      mss::fingerprinted_text_hash(title, body));
    REQUIRE(stored);
    const auto fresh = mss::fingerprint_text(title, body);
    CHECK(stored->minima == fresh.minima);
    CHECK(stored->shingles == fresh.shingles);
    CHECK(stored->lead == fresh.lead);
}

TEST_CASE("a stored fingerprint of another text is not used", "[stories]") {
    const std::string value = mss::stored_fingerprint("Title", numbered_words(0, 200));
    CHECK_FALSE(mss::parse_stored_fingerprint(
        value, mss::fingerprinted_text_hash("Title", numbered_words(0, 199))));
    CHECK_FALSE(mss::parse_stored_fingerprint(
        value, mss::fingerprinted_text_hash("Other title", numbered_words(0, 200))));
    // A word moved from the headline into the body is another text too.
    CHECK(mss::fingerprinted_text_hash("a", "b c") != mss::fingerprinted_text_hash("a b", "c"));
}

TEST_CASE("a missing or damaged stored fingerprint is not used", "[stories]") {
    const std::uint64_t hash = mss::fingerprinted_text_hash("Title", numbered_words(0, 200));
    std::string value = mss::stored_fingerprint("Title", numbered_words(0, 200));
    CHECK_FALSE(mss::parse_stored_fingerprint("", hash));
    CHECK_FALSE(mss::parse_stored_fingerprint(value.substr(0, value.size() - 1), hash));
    value[0] = static_cast<char>(value[0] ^ 1);  // another rules stamp
    CHECK_FALSE(mss::parse_stored_fingerprint(value, hash));
}

TEST_CASE("a stored fingerprint of any length reads back exactly, in fewer bytes than 3 a minimum",
          "[stories]") {
    // From one word (one shingle, the largest minima) to a long article (the smallest).
    for (const int words : {1, 2, 12, 40, 200, 3000}) {
        const std::string body = numbered_words(7, words);
        const std::string value = mss::stored_fingerprint("Title", body);
        const auto stored =
            mss::parse_stored_fingerprint(value, mss::fingerprinted_text_hash("Title", body));
        REQUIRE(stored);
        const auto fresh = mss::fingerprint_text("Title", body);
        CHECK(stored->minima == fresh.minima);
        CHECK(stored->shingles == fresh.shingles);
        CHECK(stored->lead == fresh.lead);
        if (words >= 40) {
            CHECK(value.size() < 24 + 3 * mss::kFingerprintHashes);
        }
    }
}

TEST_CASE("a fingerprint of no words is stored without minima and reads back", "[stories]") {
    const std::string value = mss::stored_fingerprint("", "");
    const auto stored = mss::parse_stored_fingerprint(value, mss::fingerprinted_text_hash("", ""));
    REQUIRE(stored);
    CHECK(stored->shingles == 0);
    CHECK(stored->minima == mss::fingerprint_text("", "").minima);
}

TEST_CASE("a stored fingerprint with bytes added or cut anywhere in its minima is not used",
          "[stories]") {
    const std::string body = numbered_words(0, 200);
    const std::uint64_t hash = mss::fingerprinted_text_hash("Title", body);
    const std::string value = mss::stored_fingerprint("Title", body);
    CHECK_FALSE(mss::parse_stored_fingerprint(value + '\0', hash));
    CHECK_FALSE(mss::parse_stored_fingerprint(value.substr(0, 30), hash));
    // All ones: a quotient longer than any 24-bit minimum has.
    CHECK_FALSE(
        mss::parse_stored_fingerprint(value.substr(0, 24) + std::string(400, '\xff'), hash));
}
