#include <catch2/catch.hpp>

#include <sstream>

#include <mss/json.h>

#include "json_output.h"
#include "render/json_renderer.h"
#include "sample_result.h"

TEST_CASE("highlight offsets in JSON count characters, not bytes", "[json]") {
    const auto json = mss::result_json(mss::testing::sample_result());
    const auto& hit = json["hits"][0];
    // "…said Chérizier": the ellipsis is 3 bytes but one character.
    CHECK(hit["highlights"][0] == nlohmann::ordered_json::array({6, 15}));
    CHECK(hit["title_highlights"][0] == nlohmann::ordered_json::array({0, 9}));
    CHECK(hit["date"] == "2025-01-18");
    CHECK(json["hits"][1]["date"].is_null());
}

TEST_CASE("facets appear in JSON when the result has them", "[json]") {
    auto result = mss::testing::sample_result();
    const auto json = mss::result_json(result);
    CHECK(json["facets"]["country"][1] ==
          nlohmann::ordered_json({{"id", "ht"}, {"name", "Haiti"}, {"count", 1}}));
    CHECK(json["facets"]["date"][0] ==
          nlohmann::ordered_json({{"bucket", "2025-01"}, {"count", 1}}));
    CHECK(json["facets"]["undated"] == 1);
    result.facets.reset();
    CHECK_FALSE(mss::result_json(result).contains("facets"));
}

TEST_CASE("JSON Lines are the JSON hits one per line, then a summary", "[json]") {
    const auto result = mss::testing::sample_result();
    std::ostringstream out;
    mss::JsonLinesRenderer renderer(out);
    mss::render(result, renderer);
    std::istringstream lines(out.str());
    std::vector<nlohmann::json> parsed;
    for (std::string line; std::getline(lines, line);) {
        parsed.push_back(nlohmann::json::parse(line));
    }
    const auto whole = nlohmann::json::parse(mss::to_json(result));
    REQUIRE(parsed.size() == 3);
    CHECK(parsed[0] == whole["hits"][0]);
    CHECK(parsed[1] == whole["hits"][1]);
    CHECK(parsed[2]["schema"] == mss::kJsonSchemaVersion);
    CHECK(parsed[2]["returned"] == 2);
    CHECK(parsed[2]["facets"] == whole["facets"]);
    CHECK_FALSE(parsed[2].contains("hits"));
}

TEST_CASE("a stored article's lang is the one its hits give, however the index stores it",
          "[json]") {
    for (const auto& [stored, shown] : std::vector<std::pair<std::string, std::string>>{
             {"fr", "fr"}, {"", "en"}, {"FR-ca", "fr"}, {"xx", "en"}, {"ht", "ht"}}) {
        // A hit's lang is the code of the language its text was analysed in: of a code the
        // build knows in any case or with a region, that language; else English.
        mss::IndexedArticle indexed;
        indexed.article.language = stored;
        CHECK(mss::article_json(indexed)["lang"] == shown);
    }
}
