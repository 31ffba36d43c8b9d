#include <catch2/catch.hpp>

#include "check_cases.h"
#include "find_mentions.h"
#include "mention_ids.h"

#include "analysis/analyzer.h"
#include "entities/alias_matcher.h"

namespace {

// The entities the tests look for.
const std::string kRegistry =
    "country\tht\tHaiti\tHaitian\n"
    "country\tus\tUnited States\tUS|U.S.|American\n"
    "country\ttd\tChad\n"
    "organisation\thnp\tHaitian National Police\tHaiti National Police|HNP\n"
    "person\tjimmy-cherizier\tJimmy Chérizier\tBarbeque\n";

std::vector<mss::EntityMention> match(const std::string& text) {
    return mss::testing::alias_mentions(text, "the\nus\n", kRegistry);
}

using mss::testing::ids;
using mss::testing::Ids;
using mss::testing::ids_of;

}  // namespace

TEST_CASE("the longest alias wins over the words inside it", "[alias-matcher]") {
    CHECK(ids(match("the Haitian National Police and Haitian officers")) ==
          std::vector<std::string>{"hnp", "ht"});
}

TEST_CASE("mentions keep byte offsets and the alias that matched", "[alias-matcher]") {
    const std::string text = "“Chérizier” alias Barbeque";
    const auto mentions = match(text);
    REQUIRE(mentions.size() == 1);
    CHECK(text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == "Barbeque");
    CHECK(mentions[0].evidence == "alias 'Barbeque'");
}

TEST_CASE("all-capitals aliases match only capitals", "[alias-matcher]") {
    mss::testing::check_cases<Ids>(
        ids_of(match), {{"support from the U.S. and the US", {"us", "us"}}, {"let us go", {}}});
}

TEST_CASE("capitalised aliases do not match common words", "[alias-matcher]") {
    mss::testing::check_cases<Ids>(ids_of(match),
                                   {{"troops from Chad", {"td"}}, {"a hanging chad", {}}});
}

TEST_CASE("capitals-only text still matches capitalised aliases", "[alias-matcher]") {
    CHECK(ids(match("HAITI POLICE")) == std::vector<std::string>{"ht"});
}

TEST_CASE("aliases do not match across punctuation", "[alias-matcher]") {
    CHECK(ids(match("Haiti, National Police")) == std::vector<std::string>{"ht"});
}

TEST_CASE("a country name that ends a longer name does not tag the country", "[alias-matcher]") {
    CHECK(ids(match("the singer Leon Chad spoke")).empty());
    CHECK(ids(match("the envoy of Chad met them")) == std::vector<std::string>{"td"});
    CHECK(ids(match("US-Chad talks")) == std::vector<std::string>{"us", "td"});
}
