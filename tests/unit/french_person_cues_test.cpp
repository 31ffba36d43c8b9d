#include <catch2/catch.hpp>

#include "check_cases.h"
#include "find_mentions.h"
#include "mention_ids.h"

#include "analysis/analyzer.h"
#include "entities/french_person_cues.h"
#include "entities/person_finder.h"

namespace {

const mss::PersonCues& cues() {
    static const mss::PersonCues cues =
        mss::PersonCues::parse("President\nGeneral\nMinistre\nDirecteur\nPremier\nMme\nJuge\n",
                               "The\nSelon\n", "Bank\n", "Robert\nJean\nMarie\nRobin\nLeigh\n");
    return cues;
}

constexpr const char* kStopwords = "the\nof\na\nle\nla\n";

mss::Analyzer& analyzer() {
    static mss::Analyzer analyzer{mss::StopwordList::parse(kStopwords)};
    return analyzer;
}

std::vector<mss::EntityMention> people_in(const std::string& text) {
    return mss::testing::mentions_in(text, kStopwords, mss::PersonFinder(cues()),
                                     &mss::PersonFinder::find);
}

std::vector<std::string> evidence_of(const std::vector<mss::EntityMention>& people) {
    std::vector<std::string> evidence;
    for (const auto& person : people) {
        evidence.push_back(person.evidence);
    }
    return evidence;
}

using mss::testing::ids;
using mss::testing::Ids;
using mss::testing::ids_of;

}  // namespace

TEST_CASE("M. before a name is the civility, not an initial", "[french-person-cues]") {
    const std::string civility = "Hier, M. Dorval a parlé.";
    const auto tokens = analyzer().analyze(civility);
    CHECK(mss::is_french_civility(civility, tokens, 1));
    const std::string initial = "Robert M. Gates spoke";
    CHECK_FALSE(mss::is_french_civility(initial, analyzer().analyze(initial), 1));
    CHECK(ids(people_in(civility)) == std::vector<std::string>{"dorval"});
    CHECK(evidence_of(people_in(civility)) == std::vector<std::string>{"title 'M.'"});
    CHECK(ids(people_in("met Robert M. Gates there")) ==
          std::vector<std::string>{"robert-m-gates"});
}

TEST_CASE("a lower-case French title after le or la names one word", "[french-person-cues]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"Hier, le ministre Espérance a visité", {"esperance"}},
         {"puis la juge Dupont a tranché", {"dupont"}},
         {"et le directeur général Normil est venu", {"normil"}},
         // Without the article a lower-case title and one word stay no person, as in English.
         {"un ministre Espérance", {}}});
}

TEST_CASE("a capitalised French title names the word after it", "[french-person-cues]") {
    CHECK(ids(people_in("Hier, Mme Lafontant a parlé")) == std::vector<std::string>{"lafontant"});
}

TEST_CASE("a name before a French speech verb is a person", "[french-person-cues]") {
    const std::string text = "Vitel Homme a déclaré que la paix viendrait.";
    CHECK(mss::french_speech_at(analyzer().analyze(text), 2) == "a declare");
    CHECK(ids(people_in(text)) == std::vector<std::string>{"vitel-homme"});
    CHECK(evidence_of(people_in("Marc Duvivier a affirmé cela")) ==
          std::vector<std::string>{"before 'a affirme'"});
    CHECK(people_in("Vitel Homme a visité la ville.").empty());
}

TEST_CASE("a name after selon that ends a clause is a person", "[french-person-cues]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"La situation, selon Pierre Espérance, reste grave.", {"pierre-esperance"}},
         {"Selon Pierre Espérance, elle reste grave.", {"pierre-esperance"}}});
}

TEST_CASE("a hyphenated given name starts a name", "[french-person-cues]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"Hier, Jean-Marc Duvivier a déclaré", {"jean-marc-duvivier"}},
         // No given name first: a hyphenated pair alone is no person ("Coca-Cola said").
         {"Hier, Coca-Cola a déclaré", {}}});
}

TEST_CASE("English names stay whole beside the French rules", "[french-person-cues]") {
    // Two initials are a name's, not the civility M. and an initial.
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"chairman M. N. Goiporia told a conference", {"m-n-goiporia"}},
         // A given name and a hyphen with no surname after them are a hyphenated surname.
         {"Robin Leigh-Pemberton spoke. Leigh-Pemberton said no.",
          {"robin-leigh-pemberton", "robin-leigh-pemberton"}},
         // A given name inside a hyphenated run starts no name there.
         {"under the Hart-Robert-Rodino Act", {}}});
}
