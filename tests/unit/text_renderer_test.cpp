#include <catch2/catch.hpp>

#include <sstream>

#include "check_cases.h"
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

// Whether `text` contains a part, as a function of the part alone.
auto parts_of(const std::string& text) {
    return [&text](const std::string& part) { return contains(text, part); };
}

}  // namespace

TEST_CASE("text output without colour carries no escape codes", "[render]") {
    const auto text = rendered(mss::testing::sample_result(), false);
    CHECK_FALSE(contains(text, "\x1b["));
    mss::testing::check_all(parts_of(text),
                            {"  1. Chérizier warns the contingent\n",
                             "2025-01-18  Caribbean Wire  seeds/a.txt  score 1.50",
                             "undated  seeds/b.txt", "2 articles matched; showing 1-2."});
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
    mss::testing::check_all(parts_of(text), {"Facets:\n", "person        Jimmy Chérizier (2)\n",
                                             "country       Kenya (2), Haiti (1)\n",
                                             "date          2025-01 (1), undated (1)\n"});
    CHECK_FALSE(contains(text, "place"));  // kinds without values are left out
}

TEST_CASE("text output without facets has no facet section", "[render]") {
    auto result = mss::testing::sample_result();
    result.facets.reset();
    CHECK_FALSE(contains(rendered(result, false), "Facets:"));
}

namespace {

// Both hits have only some of the words: nothing matched, and the count says 0.
mss::SearchResult closest_articles_only() {
    auto result = mss::testing::sample_result();
    result.total = result.total_lower = result.total_upper = result.strict_total = 0;
    result.relaxed = true;
    result.partial_hits = 2;
    result.facets.reset();
    for (mss::Hit& hit : result.hits) {
        hit.matches_all = false;
    }
    return result;
}

// The sample result with an estimated total of `total`, between `lower` and `upper`.
mss::SearchResult estimated(std::size_t total, std::size_t lower, std::size_t upper) {
    auto result = mss::testing::sample_result();
    result.exact = false;
    result.total = total;
    result.total_lower = lower;
    result.total_upper = upper;
    return result;
}

}  // namespace

TEST_CASE("with no match, no article has every word comes before the closest articles",
          "[render]") {
    const auto text = rendered(closest_articles_only(), false);
    const auto notice = text.find("No article has every word");
    REQUIRE(notice != std::string::npos);
    CHECK(notice < text.find("  1. "));
    CHECK(contains(text, "0 articles matched.\n"));
    CHECK(contains(text, "Hits 1-2 have only some of the words; they are not counted.\n"));
    CHECK_FALSE(contains(text, "showing"));
}

TEST_CASE("an estimated total is printed as about N with its bounds, never as a count",
          "[render]") {
    const auto text = rendered(estimated(3000, 2500, 4200), false);
    CHECK(contains(text, "About 3,000 articles matched (between 2,500 and 4,200); showing 1-2."));
    CHECK_FALSE(contains(text, "\n3000 articles matched"));
}

TEST_CASE("a total past the exact count limit is printed as more than the lower bound",
          "[render]") {
    CHECK(contains(rendered(estimated(19000, mss::kExactCountUpTo, 21578), false),
                   "More than 10,000 articles matched (about 19,000)"));
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

TEST_CASE("partial matches of a question follow a separator line and are not counted", "[render]") {
    auto result = mss::testing::sample_result();
    result.relaxed = true;
    result.total = result.total_lower = result.total_upper = result.strict_total = 1;
    result.partial_hits = 1;
    result.hits[1].matches_all = false;
    const auto text = rendered(result, false);
    CHECK_FALSE(contains(text, "No article has every word"));
    const auto separator = text.find("-- articles with only some of the words --");
    REQUIRE(separator != std::string::npos);
    CHECK(text.find("  1. ") < separator);
    CHECK(separator < text.find("  2. "));
    CHECK(contains(text, "1 article matched; showing 1-1.\n"));
    CHECK(contains(text, "Hits 2-2 have only some of the words; they are not counted.\n"));
}
