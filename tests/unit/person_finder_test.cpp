#include <catch2/catch.hpp>

#include "mention_ids.h"

#include "analysis/analyzer.h"
#include "entities/person_finder.h"

namespace {

const mss::PersonCues& cues() {
    static const mss::PersonCues cues = mss::PersonCues::parse(
        "President\nGeneral\nInspector\nChief\nSecretary\nSen.\nchairman\ngovernor\n",
        "The\nBank\nMonday\nTreasury\n");
    return cues;
}

std::vector<mss::EntityMention> people_in(const std::string& text) {
    mss::Analyzer analyzer{mss::StopwordList::parse("the\nof\nsaid\nhe\n")};
    const auto tokens = analyzer.analyze(text);
    std::vector<bool> covered(tokens.size(), false);
    return mss::PersonFinder(cues()).find(text, tokens, covered);
}

using mss::testing::ids;

}  // namespace

TEST_CASE("a capitalised name after a title is a person", "[person-finder]") {
    const std::string text = "and Chief Inspector General Fritz St Fort attended";
    const auto people = people_in(text);
    REQUIRE(people.size() == 1);
    CHECK(people[0].id == "fritz-st-fort");
    CHECK(people[0].name == "Fritz St Fort");
    CHECK(text.substr(people[0].begin, people[0].end - people[0].begin) == "Fritz St Fort");
    CHECK(people[0].evidence == "title 'General'");
}

TEST_CASE("names next to said are people", "[person-finder]") {
    CHECK(ids(people_in("Paul Volcker said rates would fall.")) ==
          std::vector<std::string>{"paul-volcker"});
    CHECK(ids(people_in("rates would fall, said Paul Volcker.")) ==
          std::vector<std::string>{"paul-volcker"});
    CHECK(ids(people_in("Satoshi Sumita, governor of the bank")) ==
          std::vector<std::string>{"satoshi-sumita"});
}

TEST_CASE("a later bare surname links to the full name", "[person-finder]") {
    CHECK(ids(people_in("Treasury Secretary James Baker met them. Baker said no.")) ==
          std::vector<std::string>{"james-baker", "james-baker"});
}

TEST_CASE("a one-word name after a title joins the full name", "[person-finder]") {
    CHECK(ids(people_in("President Reagan spoke. Ronald Reagan said it.")) ==
          std::vector<std::string>{"ronald-reagan", "ronald-reagan"});
}

TEST_CASE("capitalised words without a cue are not people", "[person-finder]") {
    CHECK(people_in("The Bank of Kenya raised rates on Monday.").empty());
    CHECK(people_in("Forward Operating Base was handed over").empty());
    CHECK(people_in("PRESIDENT REAGAN SPEAKS").empty());
    CHECK(people_in("the president Reagan").empty());  // a lower-case title needs a full name
}

TEST_CASE("names wrapped over a line break are one name", "[person-finder]") {
    CHECK(ids(people_in("Agriculture Secretary Richard\nLyng said")) ==
          std::vector<std::string>{"richard-lyng"});
}
