#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "highlight/snippet.h"

namespace {

mss::Analyzer make_analyzer() {
    return mss::Analyzer(mss::StopwordList::parse("the\nof\n"));
}

// The snippet of at most `chars` characters of `body` for a query of these stems.
mss::Snippet snippet_of(const std::string& body, const std::set<std::string>& stems,
                        std::size_t chars) {
    mss::Analyzer analyzer = make_analyzer();
    mss::MatchTerms terms;
    terms.stems = stems;
    return mss::make_snippet(body, terms, analyzer, chars);
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
    const auto snippet =
        snippet_of("Officers were deployed against Chérizier.", {"deploy", "cherizi"}, 200);
    CHECK(highlighted(snippet) == "Officers were [deployed] against [Chérizier].");
}

TEST_CASE("the snippet is the window with the most matches, cut at words", "[snippet]") {
    const std::string body =
        "Opening words that say nothing at all about the matter. Filler filler filler filler. "
        "Later, Murkomen flagged off the third contingent at the airport. More closing words.";
    const auto snippet = snippet_of(body, {"murkomen", "conting"}, 60);
    CHECK(highlighted(snippet).find("[Murkomen] flagged off the third [contingent]") !=
          std::string::npos);
    CHECK(snippet.text.rfind("…", 0) == 0);  // cut at the front, so it says so
}

TEST_CASE("an article with no match in the body shows its opening", "[snippet]") {
    const auto snippet = snippet_of("First words. Second words.", {"absent"}, 200);
    CHECK(snippet.text == "First words. Second words.");
    CHECK(snippet.highlights.empty());
}

TEST_CASE("multi-byte characters are never cut", "[snippet]") {
    std::string body;
    for (int i = 0; i < 50; ++i) {
        body += "Chérizier’s «gangs» ";
    }
    body += "Haiti";
    const auto snippet = snippet_of(body, {"haiti"}, 40);
    // Every byte sequence in the snippet is whole UTF-8: no continuation byte starts or ends it.
    const auto first = static_cast<unsigned char>(snippet.text.front());
    CHECK((first & 0xC0) != 0x80);
    CHECK(snippet.text.find("Haiti") != std::string::npos);
}

TEST_CASE("matches far apart show as up to three fragments in text order", "[snippet]") {
    std::string filler;
    for (int i = 0; i < 30; ++i) {
        filler += "words ";
    }
    const std::string body = "Murkomen spoke. " + filler + "The contingent left. " + filler +
                             "Ruto waved. " + filler + "The airport closed. " + filler;
    const auto snippet = snippet_of(body, {"murkomen", "conting", "airport", "ruto"}, 120);
    const std::string marked = highlighted(snippet);
    INFO(marked);
    const auto murkomen = marked.find("[Murkomen]");
    const auto contingent = marked.find("[contingent]");
    const auto ruto = marked.find("[Ruto]");
    REQUIRE(murkomen != std::string::npos);
    REQUIRE(contingent != std::string::npos);
    REQUIRE(ruto != std::string::npos);
    CHECK(murkomen < contingent);
    CHECK(contingent < ruto);
    CHECK(marked.find("[airport]") == std::string::npos);  // a fourth fragment is one too many
    std::size_t separators = 0;
    for (auto at = snippet.text.find(" … "); at != std::string::npos;
         at = snippet.text.find(" … ", at + 1)) {
        ++separators;
    }
    CHECK(separators == 2);
}

TEST_CASE("the snippet stays about the length asked for", "[snippet]") {
    std::string body;
    for (int i = 0; i < 40; ++i) {
        body += "Gangs fought the police in Haiti while many other words filled the day. ";
    }
    for (const std::size_t chars : {60u, 200u, 400u}) {
        const auto snippet = snippet_of(body, {"gang", "polic", "haiti"}, chars);
        std::size_t length = 0;
        for (unsigned char c : snippet.text) {
            length += (c & 0xC0) != 0x80;
        }
        CHECK(length <= chars + 2);  // the leading and trailing "…" come on top
        CHECK(length >= chars * 3 / 4);
    }
}

TEST_CASE("a match repeating a term already shown does not add a fragment", "[snippet]") {
    std::string filler;
    for (int i = 0; i < 40; ++i) {
        filler += "words ";
    }
    const auto snippet = snippet_of("Haiti first. " + filler + "Haiti again.", {"haiti"}, 80);
    CHECK(snippet.text.find(" … ") == std::string::npos);
    CHECK(snippet.highlights.size() == 1);
}

TEST_CASE("line breaks collapse to one space and highlights stay on their words", "[snippet]") {
    const auto snippet =
        snippet_of("The third\n\n   contingent\tarrived.", {"contingent", "conting"}, 200);
    CHECK(highlighted(snippet) == "The third [contingent] arrived.");
}

TEST_CASE("a phrase is highlighted as one span in the snippet", "[snippet]") {
    auto analyzer = make_analyzer();
    mss::MatchTerms terms;
    terms.phrases = {{"haiti", "national", "police"}};
    const auto snippet = mss::make_snippet("Haiti sent word. The Haiti National Police agreed.",
                                           terms, analyzer, 200);
    CHECK(highlighted(snippet) == "Haiti sent word. The [Haiti National Police] agreed.");
}
