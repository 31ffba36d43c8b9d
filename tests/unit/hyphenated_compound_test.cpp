#include <catch2/catch.hpp>

#include "analysis/hyphenated_compound.h"

namespace {

std::vector<mss::CompoundRun> runs_of(const std::string& text) {
    mss::WordTokenizer tokenizer;
    return mss::find_hyphenated_compounds(text, tokenizer.split(text));
}

}  // namespace

TEST_CASE("words joined by hyphens form one compound", "[compound]") {
    const auto runs = runs_of("in Port-au-Prince today");
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].first == 1);
    CHECK(runs[0].last == 3);
}

TEST_CASE("dashes and spaces do not join words", "[compound]") {
    CHECK(runs_of("fast\u2013track basic training").empty());
    CHECK(runs_of("Port au Prince").empty());
    CHECK(runs_of("Kenya - led").empty());
}
