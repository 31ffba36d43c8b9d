// The five seed articles, read with the shipped entity data: every person, country and
// organisation they mention is found, in the articles that mention them, and nothing else.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include <mss/index.h>

#include "article_analysis.h"

namespace {

struct SeedEntities {
    std::map<std::string, std::set<std::string>> person, country, organisation, place;
    std::map<std::string, std::string> date_source;
};

std::set<std::string> ids(const std::vector<mss::EntityRef>& refs) {
    std::set<std::string> out;
    for (const auto& ref : refs) {
        out.insert(ref.id);
    }
    return out;
}

const SeedEntities& seeds() {
    static const SeedEntities found = [] {
        SeedEntities found;
        const auto analyser = mss::load_article_analyser(MSS_SOURCE_DIR, {});
        mss::read_articles(
            std::string(MSS_SOURCE_DIR) + "/seeds",
            [&](mss::Article&& article) {
                const auto analysis = analyser->analyse(article);
                const std::string seed = article.id.substr(0, 3);
                found.person[seed] = ids(analysis.entities.person);
                found.country[seed] = ids(analysis.entities.country);
                found.organisation[seed] = ids(analysis.entities.organisation);
                found.place[seed] = ids(analysis.entities.place);
                found.date_source[seed] = analysis.date.source;
                // Offsets point at the words that matched.
                for (const auto* field : {&analysis.title, &analysis.body}) {
                    const std::string& text =
                        field == &analysis.title ? article.title : article.body;
                    for (const auto& mention : field->entities) {
                        REQUIRE(mention.begin < mention.end);
                        REQUIRE(mention.end <= text.size());
                    }
                }
            },
            [](const mss::SourceWarning& warning) {
                FAIL(warning.where + ": " + warning.message);
            });
        return found;
    }();
    return found;
}

using Ids = std::set<std::string>;

}  // namespace

TEST_CASE("seed articles: exactly the people they name", "[seeds][entities]") {
    const auto& person = seeds().person;
    CHECK(person.at("000") ==
          Ids{"william-ruto", "kipchumba-murkomen", "donald-trump", "marco-rubio"});
    CHECK(person.at("001") == Ids{"jovenel-moise", "marco-rubio"});  // not "Biden administration"
    CHECK(person.at("002") ==
          Ids{"fritz-alphonse-jean", "kipchumba-murkomen", "william-ruto", "gilbert-masengeli"});
    CHECK(person.at("003") == Ids{"kipchumba-murkomen", "william-ruto", "jimmy-cherizier"});
    // Fritz St Fort, PNH's Chief Inspector General, is in no data file: found by his title.
    CHECK(person.at("004") == Ids{"rameau-normil", "fritz-st-fort", "godfrey-otunga"});
}

TEST_CASE("seed articles: exactly the countries they name", "[seeds][entities]") {
    const auto& country = seeds().country;
    CHECK(country.at("000") == Ids{"ke", "ht", "gt", "jm", "bs", "bz", "sv", "us"});
    CHECK(country.at("001") == Ids{"ke", "ht", "us", "gt", "sv", "jm", "bz"});  // "American"
    CHECK(country.at("002") == Ids{"ke", "ht", "jm", "gt", "sv", "bs", "bz", "us"});
    CHECK(country.at("003") == Ids{"ke", "ht", "bj"});  // "U.N." is not "U.S."
    CHECK(country.at("004") == Ids{"ke", "ht", "bs", "bd", "bb", "bj", "td"});
}

TEST_CASE("seed articles: the mission, the police forces and the UN", "[seeds][entities]") {
    const auto& organisation = seeds().organisation;
    // "Security Council" alone: the council and, by entities/organisation_parents.tsv, the UN.
    CHECK(organisation.at("000") == Ids{"nps", "mss", "hnp", "unsc", "un", "gsu", "kenya-airways"});
    CHECK(organisation.at("001") == Ids{"nps", "kenya-airways", "mss", "un", "hnp"});
    CHECK(organisation.at("002") == Ids{"un", "hnp", "nps", "mss", "unsc"});  // MSSM
    CHECK(organisation.at("003") == Ids{"mss", "un"});                        // MSSM, U.N.
    CHECK(organisation.at("004") == Ids{"mss", "hnp", "un", "unsc"});         // MMSS, PNH
}

TEST_CASE("seed articles: Jomo Kenyatta is an airport, not a person", "[seeds][entities]") {
    CHECK(seeds().place.at("000").count("jkia") == 1);
    CHECK(seeds().place.at("001").count("jkia") == 1);
    CHECK(seeds().place.at("003").count("jkia") == 1);  // "JKIA"
    CHECK(seeds().place.at("004").count("port-au-prince") == 1);
}

TEST_CASE("seed articles: dates come from the header or nowhere", "[seeds][dates]") {
    CHECK(seeds().date_source.at("000") == "header");
    CHECK(seeds().date_source.at("003") == "header");
    // 002 mentions October 2, 2023 (the UN resolution) far from its lead: not its date.
    CHECK(seeds().date_source.at("002") == "none");
    CHECK(seeds().date_source.at("001") == "none");
}
