#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "feedback/pseudo_relevance.h"
#include "query/query_parser.h"

namespace {

bool verbose(const char* text) {
    mss::Analyzer analyzer(mss::StopwordList::parse("the\nof\nin\nare\nthere\nwhat\nup\n"));
    return mss::is_verbose_query(mss::parse_query(text), analyzer);
}

}  // namespace

TEST_CASE("short name queries get no feedback", "[feedback]") {
    CHECK_FALSE(verbose("Murkomen contingent"));
    CHECK_FALSE(verbose("Kenyan police Haiti"));
}

TEST_CASE("a question of five words that are not stopwords gets feedback", "[feedback]") {
    CHECK(verbose("what problems are there in making up descriptive titles of reports"));
    CHECK(verbose("Kenyan police officers arriving Haiti January"));
}

TEST_CASE("stopwords, phrases and fields do not make a query verbose", "[feedback]") {
    CHECK_FALSE(verbose("what are there in the of up"));
    CHECK_FALSE(verbose("\"police officers arriving in Haiti\" person:murkomen"));
}
