#include <catch2/catch.hpp>

#include "analysis/analyzer.h"

namespace {

mss::Analyzer make_analyzer() {
    return mss::Analyzer(mss::StopwordList::parse("the\nto\n"));
}

}  // namespace

TEST_CASE("inflected forms share a stem", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(analyzer.analyze_word("deployed").stem == analyzer.analyze_word("deploy").stem);
    CHECK(analyzer.analyze_word("contingents").stem == analyzer.analyze_word("contingent").stem);
}

TEST_CASE("tokens keep the folded word, its stem and its place in the text", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "The Chérizier gangs";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[0].stopword);
    CHECK(tokens[1].word == "cherizier");
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Chérizier");
    CHECK(tokens[2].word == "gangs");
    CHECK(tokens[2].stem == "gang");
    CHECK_FALSE(tokens[2].stopword);
}
