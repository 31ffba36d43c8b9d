#include <catch2/catch.hpp>

#include "check_cases.h"
#include "find_mentions.h"
#include "mention_ids.h"

#include "analysis/analyzer.h"
#include "entities/person_finder.h"

namespace {

const mss::PersonCues& cues() {
    static const mss::PersonCues cues = mss::PersonCues::parse(
        "President\nGeneral\nInspector\nChief\nSecretary\nSen.\nchairman\ngovernor\n",
        "The\nMonday\nTreasury\n", "Bank\nCo\nInc\nOffice\n", "Nigel\nIvan\nRobin\nMiguel\n",
        "King\nSheikh\nPrince\n", "Co\nInc\n", "Bank\n");
    return cues;
}

std::vector<mss::EntityMention> people_in(const std::string& text) {
    return mss::testing::mentions_in(text, "the\nof\nsaid\nhe\n", mss::PersonFinder(cues()),
                                     &mss::PersonFinder::find);
}

using mss::testing::ids;
using mss::testing::Ids;
using mss::testing::ids_of;

// The ids of the mentions of one kind, in text order.
std::vector<std::string> ids_of(mss::EntityKind kind, const std::vector<mss::EntityMention>& all) {
    std::vector<mss::EntityMention> mentions;
    for (const auto& mention : all) {
        if (mention.kind == kind) {
            mentions.push_back(mention);
        }
    }
    return ids(mentions);
}

std::vector<std::string> people_ids(const std::string& text) {
    return ids_of(mss::EntityKind::kPerson, people_in(text));
}

std::vector<std::string> firm_ids(const std::string& text) {
    return ids_of(mss::EntityKind::kOrganisation, people_in(text));
}

using Ids = std::vector<std::string>;

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
    mss::testing::check_cases<Ids>(ids_of(people_in),
                                   {{"Paul Volcker said rates would fall.", {"paul-volcker"}},
                                    {"rates would fall, said Paul Volcker.", {"paul-volcker"}},
                                    {"Satoshi Sumita, governor of the bank", {"satoshi-sumita"}}});
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
    mss::testing::check_cases<Ids>(ids_of(people_in),
                                   {{"The Bank of Kenya raised rates on Monday.", {}},
                                    {"Forward Operating Base was handed over", {}},
                                    {"PRESIDENT REAGAN SPEAKS", {}}});
    CHECK(people_in("the president Reagan").empty());  // a lower-case title needs a full name
}

TEST_CASE("names wrapped over a line break are one name", "[person-finder]") {
    CHECK(ids(people_in("Agriculture Secretary Richard\nLyng said")) ==
          std::vector<std::string>{"richard-lyng"});
}

TEST_CASE("a known given name and a surname are a person without other cues", "[person-finder]") {
    const auto people = people_in("It was Nigel Lawson who criticised the report.");
    REQUIRE(people.size() == 1);
    CHECK(people[0].id == "nigel-lawson");
    CHECK(people[0].evidence == "given name 'Nigel'");
    // Capitalised words before the given name are part of the title, not of the name.
    CHECK(ids(people_in("the Exchequer Nigel Lawson declined")) ==
          std::vector<std::string>{"nigel-lawson"});
    // A given name alone, or a surname after another capitalised word, is not enough.
    CHECK(people_in("Nigel criticised it, and Exchequer Lawson too.").empty());
}

TEST_CASE("a middle initial between two names makes a person", "[person-finder]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in), {{"a suit against Boris F. Boesky and others", {"boris-f-boesky"}},
                            // Initials are no given name.
                            {"a suit against U. S. Steel", {}}});
}

TEST_CASE("hyphenated surnames and chains of particles stay in the name", "[person-finder]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"governor Robin Leigh-Pemberton criticised it", {"robin-leigh-pemberton"}},
         {"President Miguel de la Madrid spoke", {"miguel-de-la-madrid"}},
         // A hyphen never starts a name.
         {"Coca-Cola said it would sell", {}}});
}

TEST_CASE("a run the text also writes before an organisation word is no person",
          "[person-finder]") {
    const std::string chase = "Chase Manhattan Bank raised rates. Chase Manhattan said it would.";
    CHECK(people_ids(chase).empty());
    const std::string merrill = "Merrill Lynch and Co Inc agreed. Merrill Lynch said so.";
    CHECK(people_ids(merrill).empty());
    CHECK(ids(people_in("Merrill Lynch said so.")) == std::vector<std::string>{"merrill-lynch"});
    // Before a company word the run is a firm, an organisation at each of its mentions.
    // A legal form ("Co Inc") is left out of the firm's name, a word like "Bank" kept in it.
    CHECK(firm_ids(chase) == Ids{"chase-manhattan-bank", "chase-manhattan-bank"});
    CHECK(firm_ids(merrill) == Ids{"merrill-lynch", "merrill-lynch"});
    const auto firms = people_in("Chase Manhattan Bank raised rates.");
    REQUIRE(firms.size() == 1);
    CHECK(firms[0].name == "Chase Manhattan Bank");
    CHECK(firms[0].evidence == "firm");
}

TEST_CASE("the tail of a longer name before a company word is no firm", "[person-finder]") {
    // "Poor's" ends "Standard and Poor's", "Home Loan" ends "Federal Home Loan".
    CHECK(people_in("Standard and Poor's Inc said it would buy.").empty());
    CHECK(firm_ids("the Monday Home Loan Bank raised rates.").empty());
    // "The" starts a sentence, not a longer name.
    CHECK(firm_ids("The Chase Manhattan Bank raised rates.") == Ids{"chase-manhattan-bank"});
}

TEST_CASE("a run before an organisation word that ends no firm is neither person nor firm",
          "[person-finder]") {
    // "Office" is an organisation word (it ends a longer name) but no company word.
    CHECK(people_in("the U.N. Human Rights Office said so.").empty());
}

TEST_CASE("title-case noun phrases are not titled people", "[person-finder]") {
    // After "the", a title and one word are a noun phrase.
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"members of the General Agreement on Tariffs", {}},
         // A one-word "name" the text also writes in lower case is a common noun.
         {"Secretary Review criticised the review.", {}},
         {"Secretary Baker criticised the review.", {"baker"}}});
}

TEST_CASE("a possessive is not part of a person's name", "[person-finder]") {
    const auto people = people_in("Nigel Lawson's budget was praised.");
    REQUIRE(people.size() == 1);
    CHECK(people[0].id == "nigel-lawson");
    CHECK(people[0].name == "Nigel Lawson");
}

TEST_CASE("a name wrapped over two lines is shown with one space", "[person-finder]") {
    const auto people = people_in("trade representative Clayton\nYeutter said it was unfair.");
    REQUIRE(people.size() == 1);
    CHECK(people[0].id == "clayton-yeutter");
    CHECK(people[0].name == "Clayton Yeutter");
}

TEST_CASE("a sentence's first word is not part of a name when the text writes it in lower case",
          "[person-finder]") {
    CHECK(ids(people_in("Rates fell. Separately Hellmuth Klauhs said so, and separately "
                        "others agreed.")) == std::vector<std::string>{"hellmuth-klauhs"});
}

TEST_CASE("a single letter is no name on its own", "[person-finder]") {
    CHECK(ids(people_in("the President J. spoke")).empty());
}

TEST_CASE("a name joined to a company word by an ampersand is an organisation", "[person-finder]") {
    const std::string text = "Morgan Stanley & Co Inc bought it. Morgan Stanley said so.";
    CHECK(people_ids(text).empty());
    CHECK(firm_ids(text) == Ids{"morgan-stanley", "morgan-stanley"});
}

TEST_CASE("a name that acts as a firm right after it is an organisation", "[person-finder]") {
    CHECK(firm_ids("Morgan Stanley said it would buy the unit.") == Ids{"morgan-stanley"});
    CHECK(firm_ids("Salomon Brothers said it agreed to sell.") == Ids{"salomon-brothers"});
    CHECK(firm_ids("Goldman Sachs said its board approved.") == Ids{"goldman-sachs"});
    CHECK(firm_ids("Wyse Technology shares fell.") == Ids{"wyse-technology"});
    // The verdict holds for the whole text: the same words elsewhere are no person either.
    const std::string twice =
        "Morgan Stanley said so. Then, Morgan Stanley said it has acquired it.";
    CHECK(people_ids(twice).empty());
    CHECK(firm_ids(twice) == Ids{"morgan-stanley", "morgan-stanley"});
}

TEST_CASE("a person who says it is still a person", "[person-finder]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"Richard Lyng said it would be a mistake.", {"richard-lyng"}},
         {"Paul Volcker said it was important.", {"paul-volcker"}},
         // The "it" of a group a person leads is the group's.
         {"A group led by investor George Soros said it acquired a stake.", {"george-soros"}},
         {"money manager Mario Gabelli said it raised its stake.", {"mario-gabelli"}}});
}

TEST_CASE("a plural of a surname the text names folds into the person", "[person-finder]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"President Ronald Reagan spoke. The Reagans left.", {"ronald-reagan", "ronald-reagan"}},
         {"President Ronald Reagan spoke. President Reagans' aide left.",
          {"ronald-reagan", "ronald-reagan"}}});
}

TEST_CASE("a surname ending in s is not read as a plural", "[person-finder]") {
    mss::testing::check_cases<Ids>(
        ids_of(people_in),
        {{"Robin Williams spoke. Williams left.", {"robin-williams", "robin-williams"}},
         // No "Jone" in the text: "Jones" is no plural of anyone.
         {"Nigel Lawson spoke. Secretary Jones left.", {"nigel-lawson", "jones"}}});
}

TEST_CASE("a name after a royal title is not a commoner of that surname", "[person-finder]") {
    // In one text: the king is not the spokesman, and a bare surname is the commoner's.
    const auto people =
        people_in("King Baudouin arrived. Denis Baudouin said the talks went well. Baudouin left.");
    CHECK(ids(people) ==
          std::vector<std::string>{"king-baudouin", "denis-baudouin", "denis-baudouin"});
    CHECK(people[0].name == "King Baudouin");
    CHECK(people[0].evidence == "royal title 'King'");
    // Any title of royalty, before one word or several, keeps it in the id.
    CHECK(ids(people_in("Crown Prince Abdullah and Sheikh Ahmed Zaki Yamani arrived.")) ==
          std::vector<std::string>{"prince-abdullah", "sheikh-ahmed-zaki-yamani"});
    // Another title before one word still names a surname that joins the full name.
    CHECK(ids(people_in("Denis Baudouin said so. President Baudouin agreed.")) ==
          std::vector<std::string>{"denis-baudouin", "denis-baudouin"});
}
