#include <catch2/catch.hpp>

#include "snippet.h"

namespace {

mss::Analyzer make_analyzer() {
    return mss::Analyzer(mss::StopwordList::parse("the\nof\n"));
}

std::string highlighted(const mss::Snippet& snippet) {
    std::string marked;
    std::size_t written = 0;
    for (const auto& [begin, end] : snippet.highlights) {
        marked += snippet.text.substr(written, begin - written) + "[" +
                  snippet.text.substr(begin, end - begin) + "]";
        written = end;
    }
    return marked + snippet.text.substr(written);
}

}  // namespace

TEST_CASE("stemmed and accent-folded forms are highlighted in the original text", "[snippet]") {
    auto analyzer = make_analyzer();
    mss::MatchTerms terms;
    terms.stems = {"deploy", "cherizi"};
    const auto snippet =
        mss::make_snippet("Officers were deployed against Chérizier.", terms, analyzer, 200);
    CHECK(highlighted(snippet) == "Officers were [deployed] against [Chérizier].");
}

TEST_CASE("the snippet is the window with the most matches, cut at words", "[snippet]") {
    auto analyzer = make_analyzer();
    mss::MatchTerms terms;
    terms.stems = {"murkomen", "conting"};
    const std::string body =
        "Opening words that say nothing at all about the matter. Filler filler filler filler. "
        "Later, Murkomen flagged off the third contingent at the airport. More closing words.";
    const auto snippet = mss::make_snippet(body, terms, analyzer, 60);
    CHECK(highlighted(snippet).find("[Murkomen] flagged off the third [contingent]") !=
          std::string::npos);
    CHECK(snippet.text.rfind("…", 0) == 0);  // cut at the front, so it says so
}

TEST_CASE("an article with no match in the body shows its opening", "[snippet]") {
    auto analyzer = make_analyzer();
    mss::MatchTerms terms;
    terms.stems = {"absent"};
    const auto snippet = mss::make_snippet("First words. Second words.", terms, analyzer, 200);
    CHECK(snippet.text == "First words. Second words.");
    CHECK(snippet.highlights.empty());
}

TEST_CASE("multi-byte characters are never cut", "[snippet]") {
    auto analyzer = make_analyzer();
    mss::MatchTerms terms;
    terms.stems = {"haiti"};
    std::string body;
    for (int i = 0; i < 50; ++i) {
        body += "Chérizier’s «gangs» ";
    }
    body += "Haiti";
    const auto snippet = mss::make_snippet(body, terms, analyzer, 40);
    // Every byte sequence in the snippet is whole UTF-8: no continuation byte starts or ends it.
    const auto first = static_cast<unsigned char>(snippet.text.front());
    CHECK((first & 0xC0) != 0x80);
    CHECK(snippet.text.find("Haiti") != std::string::npos);
}
