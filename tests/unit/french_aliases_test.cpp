#include <catch2/catch.hpp>

#include "find_mentions.h"
#include "mention_ids.h"

#include "analysis/analyzer.h"
#include "entities/alias_matcher.h"

// French and Creole names in the alias scanner: elided articles, the case rules after them, and
// one id whatever the language.
namespace {

// The entities the tests look for.
const std::string kRegistry =
    "country\tht\tHaiti\tHaïti|Ayiti\n"
    "country\tus\tUnited States\tUS|États-Unis|Etazini\tAmerican|américains\n"
    "organisation\thnp\tHaitian National Police\tHNP|PNH|Police nationale d'Haïti|"
    "Polis Nasyonal d Ayiti\n"
    "organisation\tun\tUnited Nations\tUN|ONU|Nations unies\n"
    "organisation\tunsc\tUN Security Council\tConseil de sécurité|Conseil de sécurité de "
    "l'ONU\n";

std::vector<mss::EntityMention> match(const std::string& text) {
    return mss::testing::alias_mentions(text, "the\nde\nla\nle\nd\n", kRegistry);
}

std::string matched_text(const std::string& text, const mss::EntityMention& mention) {
    return text.substr(mention.begin, mention.end - mention.begin);
}

using mss::testing::ids;

}  // namespace

TEST_CASE("a name after an elided article matches, straight or curly apostrophe",
          "[french-aliases]") {
    CHECK(ids(match("la Police nationale d'Haïti")) == std::vector<std::string>{"hnp"});
    CHECK(ids(match("la Police nationale d\u2019Haïti")) == std::vector<std::string>{"hnp"});
    CHECK(ids(match("la capitale d\u2019Haïti")) == std::vector<std::string>{"ht"});
    CHECK(ids(match("le soutien de l\u2019ONU")) == std::vector<std::string>{"un"});
}

TEST_CASE("the mention starts after the elided article", "[french-aliases]") {
    const std::string text = "le rôle de l\u2019ONU";
    const auto mentions = match(text);
    REQUIRE(mentions.size() == 1);
    CHECK(matched_text(text, mentions[0]) == "ONU");
}

TEST_CASE("an all-capitals alias after an elision still needs capitals", "[french-aliases]") {
    CHECK(ids(match("l'ONU")) == std::vector<std::string>{"un"});
    CHECK(match("l'onu").empty());
}

TEST_CASE("a longer name holding an elided article wins over its words", "[french-aliases]") {
    CHECK(ids(match("le Conseil de sécurité de l'ONU a voté")) == std::vector<std::string>{"unsc"});
}

TEST_CASE("a country after an elision is no end of a longer name", "[french-aliases]") {
    // "République d'Haïti": capitalised word, then the country; the elision starts a new name.
    CHECK(ids(match("la République d'Haïti")) == std::vector<std::string>{"ht"});
}

TEST_CASE("French and Creole names and cues give the English id", "[french-aliases]") {
    CHECK(ids(match("les États-Unis et Etazini")) == std::vector<std::string>{"us", "us"});
    CHECK(ids(match("les diplomates américains")) == std::vector<std::string>{"us"});
    CHECK(ids(match("Polis Nasyonal d Ayiti")) == std::vector<std::string>{"hnp"});
    CHECK(ids(match("les Nations unies")) == std::vector<std::string>{"un"});
}

TEST_CASE("alias keys drop the elided article too", "[french-aliases]") {
    CHECK(mss::alias_key("Police nationale d\u2019Haïti") == "police nationale haiti");
    CHECK(mss::testing::test_registry(kRegistry)
              .resolve(mss::EntityKind::kOrganisation, "police nationale d'haiti")
              ->id == "hnp");
}
