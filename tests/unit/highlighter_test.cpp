#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <utility>

#include "highlight/highlighter.h"

namespace {

mss::Analyzer make_analyzer() {
    return mss::Analyzer(mss::StopwordList::parse("the\nof\n"));
}

// "[...]" around every highlighted span of `text`.
std::string marked(const std::string& text, const mss::MatchTerms& terms) {
    auto analyzer = make_analyzer();
    std::string out;
    std::size_t written = 0;
    for (const auto& [begin, end] : mss::highlight_text(text, terms, analyzer)) {
        out += text.substr(written, begin - written) + "[" + text.substr(begin, end - begin) + "]";
        written = end;
    }
    return out + text.substr(written);
}

const mss::AliasMatcher& aliases() {
    static const mss::EntityRegistry registry = mss::EntityRegistry::parse(
        "person\tjimmy-cherizier\tJimmy Chérizier\tChérizier|Barbeque\n"
        "country\tus\tUnited States\tUS\tWashington\n"
        "country\tht\tHaiti\n"
        "organisation\thnp\tHaitian National Police\tHaiti National Police\n",
        "test");
    static const mss::AliasMatcher matcher(registry);
    return matcher;
}

// The terms of a query that names these entities of aliases().
mss::MatchTerms naming(std::set<std::pair<mss::EntityKind, std::string>> entities) {
    mss::MatchTerms terms;
    terms.aliases = &aliases();
    terms.named_entities = std::move(entities);
    return terms;
}

}  // namespace

TEST_CASE("stemmed forms are highlighted in their original spelling", "[highlighter]") {
    mss::MatchTerms terms;
    terms.stems = {"deploy"};
    CHECK(marked("Kenya police deployed to Haiti", terms) == "Kenya police [deployed] to Haiti");
}

TEST_CASE("accented and unaccented names match", "[highlighter]") {
    mss::MatchTerms terms;
    terms.stems = {"cherizi"};
    CHECK(marked("Gang leader Jimmy Chérizier spoke.", terms) ==
          "Gang leader Jimmy [Chérizier] spoke.");
}

TEST_CASE("phrase words are highlighted only where the whole phrase occurs", "[highlighter]") {
    mss::MatchTerms terms;
    terms.phrases = {{"national", "police", "service"}};
    CHECK(marked("National Police Service officers met the national police.", terms) ==
          "[National Police Service] officers met the national police.");
}

TEST_CASE("an entity named by the query is highlighted under any of its names", "[highlighter]") {
    mss::MatchTerms terms = naming({{mss::EntityKind::kPerson, "jimmy-cherizier"}});
    CHECK(marked("Jimmy Chérizier, known as Barbeque, and Chérizier’s men.", terms) ==
          "[Jimmy Chérizier], known as [Barbeque], and [Chérizier’s] men.");
}

TEST_CASE("an alias that is a common word is not highlighted as the common word", "[highlighter]") {
    mss::MatchTerms terms = naming({{mss::EntityKind::kPerson, "jimmy-cherizier"}});
    CHECK(marked("Barbeque spoke; the embassy barbeque went on.", terms) ==
          "[Barbeque] spoke; the embassy barbeque went on.");
}

TEST_CASE("an all-capitals alias is not highlighted in lower case", "[highlighter]") {
    mss::MatchTerms terms = naming({{mss::EntityKind::kCountry, "us"}});
    CHECK(marked("The US envoy wrote to us.", terms) == "The [US] envoy wrote to us.");
}

TEST_CASE("a named entity's cues are not highlighted, a filtered entity's are", "[highlighter]") {
    mss::MatchTerms terms = naming({{mss::EntityKind::kCountry, "us"}});
    CHECK(marked("Washington said the United States would pay.", terms) ==
          "Washington said the [United States] would pay.");
    terms.named_entities.clear();
    terms.mentioned_entities = {{mss::EntityKind::kCountry, "us"}};
    CHECK(marked("Washington said the United States would pay.", terms) ==
          "[Washington] said the [United States] would pay.");
}

TEST_CASE("the longest alias wins over a shorter one inside it", "[highlighter]") {
    mss::MatchTerms terms =
        naming({{mss::EntityKind::kCountry, "ht"}, {mss::EntityKind::kOrganisation, "hnp"}});
    CHECK(marked("The Haiti National Police in Haiti.", terms) ==
          "The [Haiti National Police] in [Haiti].");
}

TEST_CASE("spans from an extractor hook are highlighted whole", "[highlighter]") {
    mss::MatchTerms terms;
    terms.extra_spans = [](std::string_view text) {
        const auto at = text.find("Port-au-Prince");
        return std::vector<mss::WordSpan>{{at, at + std::string_view("Port-au-Prince").size()}};
    };
    CHECK(marked("They landed in Port-au-Prince today.", terms) ==
          "They landed in [Port-au-Prince] today.");
}

TEST_CASE("stopwords match only when asked for as words", "[highlighter]") {
    mss::MatchTerms terms;
    terms.stems = {"the"};
    CHECK(marked("the contingent", terms) == "the contingent");
    terms.words = {"the"};
    CHECK(marked("the contingent", terms) == "[the] contingent");
}
