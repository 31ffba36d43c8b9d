#include <catch2/catch.hpp>

#include "entity_highlights.h"

namespace {

const char* const kRegistry =
    "person\tjimmy-cherizier\tJimmy Chérizier\tBarbeque|Cherizier\n"
    "country\tke\tKenya\tKenyan|Kenyans\n"
    "organisation\tpnh\tHaiti National Police\tHNP|Haitian National Police\n";

std::set<std::string> keys_for(const std::string& query, const mss::SearchRequest& request = {}) {
    auto analyzer = mss::Analyzer(mss::StopwordList::parse("the\n"));
    const auto registry = mss::EntityRegistry::parse(kRegistry, "test");
    return mss::entity_alias_keys(analyzer.analyze(query), request, registry);
}

}  // namespace

TEST_CASE("a nickname in the query highlights every name of the person", "[entities]") {
    const auto keys = keys_for("Barbeque gangs");
    CHECK(keys == std::set<std::string>{"barbeque", "cherizier", "jimmy cherizier"});
}

TEST_CASE("a multi-word alias in the query is found before its words", "[entities]") {
    const auto keys = keys_for("Haitian National Police");
    CHECK(keys.count("hnp") == 1);
    CHECK(keys.count("haiti national police") == 1);
}

TEST_CASE("entity filters highlight their entity's names", "[entities]") {
    mss::SearchRequest request;
    request.countries = {"kenya"};
    const auto keys = keys_for("contingent", request);
    CHECK(keys == std::set<std::string>{"kenya", "kenyan", "kenyans"});
}

TEST_CASE("a query naming no entity highlights no alias", "[entities]") {
    CHECK(keys_for("contingent arrived").empty());
}
