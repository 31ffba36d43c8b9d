#include <catch2/catch.hpp>

#include <sstream>

#include "render/text_renderer.h"
#include "sample_result.h"

namespace {

std::string rendered(const mss::SearchResult& result, bool color) {
    std::ostringstream out;
    mss::TextRenderer renderer({color}, out);
    mss::render(result, renderer);
    return out.str();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("text output without colour carries no escape codes", "[render]") {
    const auto text = rendered(mss::testing::sample_result(), false);
    CHECK_FALSE(contains(text, "\x1b["));
    CHECK(contains(text, "  1. Chérizier warns the contingent\n"));
    CHECK(contains(text, "2025-01-18  Caribbean Wire  seeds/a.txt  score 1.50"));
    CHECK(contains(text, "undated  seeds/b.txt"));
    CHECK(contains(text, "2 articles matched; showing 1-2."));
}

TEST_CASE("the source facet is a line of text output", "[render]") {
    auto result = mss::testing::sample_result();
    result.facets->source = {{"caribbean-wire", "Caribbean Wire", 1}};
    CHECK(contains(rendered(result, false), "source        Caribbean Wire (1)\n"));
}

TEST_CASE("coloured text output marks snippet and headline matches", "[render]") {
    const auto text = rendered(mss::testing::sample_result(), true);
    CHECK(contains(text, "\x1b[1;33mChérizier\x1b[0m, as the "));
    CHECK(contains(text, "\x1b[1;33mcontingent\x1b[0m landed"));
    // In the bold headline, the match is coloured and the bold resumes after it.
    CHECK(contains(text, "\x1b[1m\x1b[0m\x1b[1;33mChérizier\x1b[0m\x1b[1m warns the "));
}

TEST_CASE("facet counts are listed by kind in text output", "[render]") {
    const auto text = rendered(mss::testing::sample_result(), false);
    CHECK(contains(text, "Facets:\n"));
    CHECK(contains(text, "person        Jimmy Chérizier (2)\n"));
    CHECK(contains(text, "country       Kenya (2), Haiti (1)\n"));
    CHECK(contains(text, "date          2025-01 (1), undated (1)\n"));
    CHECK_FALSE(contains(text, "place"));  // kinds without values are left out
}

TEST_CASE("text output without facets has no facet section", "[render]") {
    auto result = mss::testing::sample_result();
    result.facets.reset();
    CHECK_FALSE(contains(rendered(result, false), "Facets:"));
}

TEST_CASE("a relaxed result says not every word matched", "[render]") {
    auto result = mss::testing::sample_result();
    result.relaxed = true;
    CHECK(contains(rendered(result, false), "No article has every word"));
}

TEST_CASE("text output lists the most frequent facet values and counts the rest", "[render]") {
    auto result = mss::testing::sample_result();
    result.facets->country.clear();
    for (int i = 0; i < 10; ++i) {
        result.facets->country.push_back(
            {"c" + std::to_string(i), "Country" + std::to_string(i), std::size_t(10 - i)});
    }
    const auto text = rendered(result, false);
    CHECK(contains(text, "Country7 (3), and 2 more\n"));
    CHECK_FALSE(contains(text, "Country8"));
}

TEST_CASE("partial matches of a question follow a separator line", "[render]") {
    auto result = mss::testing::sample_result();
    result.relaxed = true;
    result.strict_total = 1;
    result.hits[1].matches_all = false;
    const auto text = rendered(result, false);
    CHECK_FALSE(contains(text, "No article has every word"));
    const auto separator = text.find("-- articles with only some of the words --");
    REQUIRE(separator != std::string::npos);
    CHECK(text.find("  1. ") < separator);
    CHECK(separator < text.find("  2. "));
}
