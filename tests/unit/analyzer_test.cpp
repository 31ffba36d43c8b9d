#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "analysis/analyzer.h"

namespace {

mss::Analyzer make_analyzer() {
    return mss::Analyzer(mss::StopwordList::parse("the\nto\n"));
}

}  // namespace

TEST_CASE("inflected forms share a stem", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(analyzer.analyze_word("deployed").stem == analyzer.analyze_word("deploy").stem);
    CHECK(analyzer.analyze_word("contingents").stem == analyzer.analyze_word("contingent").stem);
}

TEST_CASE("tokens keep the folded word, its stem and its place in the text", "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text = "The Chérizier gangs";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[0].stopword);
    CHECK(tokens[1].word == "cherizier");
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Chérizier");
    CHECK(tokens[2].word == "gangs");
    CHECK(tokens[2].stem == "gang");
    CHECK_FALSE(tokens[2].stopword);
}

TEST_CASE("hyphenated words are indexed by parts and as one word", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto tokens = analyzer.analyze("Port-au-Prince");
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[0].word == "port");
    CHECK(tokens[1].word == "au");
    CHECK(tokens[2].word == "prince");
    CHECK(tokens[0].compound == "portauprince");
    CHECK(tokens[1].compound.empty());
}

TEST_CASE("dotted acronyms and plain acronyms are one word", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(analyzer.analyze("U.S.")[0].word == analyzer.analyze("US")[0].word);
    CHECK(analyzer.analyze("U.N.-backed")[0].word == "un");
}

TEST_CASE("numbers with and without separators are one word", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(analyzer.analyze("1,000 troops")[0].word == "1000");
    CHECK(analyzer.analyze("2,500")[0].word == analyzer.analyze("2500")[0].word);
}

TEST_CASE("ordinals keep their form and stem to their number", "[analyzer]") {
    auto analyzer = make_analyzer();
    const auto token = analyzer.analyze_word("27th");
    CHECK(token.word == "27th");
    CHECK(token.stem == analyzer.analyze_word("27").stem);
}

TEST_CASE("curly apostrophes and accents fold at index and query time alike", "[analyzer]") {
    auto analyzer = make_analyzer();
    CHECK(analyzer.analyze("Kenya’s")[0].word == analyzer.analyze_word("kenya").word);
    CHECK(analyzer.analyze("Moïse")[0].word == analyzer.analyze_word("Moise").word);
}

TEST_CASE("analysing for some stems finds exactly the words analyze() gives those stems",
          "[analyzer]") {
    auto analyzer = make_analyzer();
    const std::string text =
        "Deployed troops deploy; the deployment was dying, lying in Port-au-Prince's 27th "
        "district, 'tis said, as policing polices the police and Haitians met Haiti's envoys.";
    const std::vector<std::set<std::string>> wanted_sets = {
        {"deploy"}, {"die", "lie"}, {"polic", "haitian"}, {"27", "tis"}, {"portauprinc"}, {}};
    const auto all = analyzer.analyze(text);
    for (const auto& wanted : wanted_sets) {
        const auto some = analyzer.analyze_for_stems(text, wanted);
        REQUIRE(some.size() == all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            CHECK(some[i].word == all[i].word);
            CHECK(some[i].begin == all[i].begin);
            CHECK((wanted.count(some[i].stem) != 0) == (wanted.count(all[i].stem) != 0));
            CHECK((wanted.count(some[i].compound_stem) != 0) ==
                  (wanted.count(all[i].compound_stem) != 0));
        }
    }
    // Words that cannot have a wanted stem are left unstemmed.
    const auto troops = analyzer.analyze_for_stems("troops", {"deploy"});
    REQUIRE(troops.size() == 1);
    CHECK(troops.front().stem == "troops");
}

TEST_CASE("zero-width characters inside a word do not split it", "[analyzer]") {
    auto analyzer = make_analyzer();
    // U+200B zero-width space, U+200C/U+200D non-joiner/joiner, U+2060 word joiner, soft hyphen.
    for (const std::string joiner : {"\u200B", "\u200C", "\u200D", "\u2060", "\u00AD"}) {
        const std::string text = "Ken" + joiner + "ya police";
        const auto tokens = analyzer.analyze(text);
        REQUIRE(tokens.size() == 2);
        CHECK(tokens[0].word == "kenya");
        CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) ==
              "Ken" + joiner + "ya");
    }
}

namespace {

mss::Analyzer make_bilingual_analyzer() {
    return mss::Analyzer(mss::StopwordList::load(MSS_SOURCE_DIR "/stopwords/english.txt"),
                         mss::StopwordList::load(MSS_SOURCE_DIR "/stopwords/french.txt"),
                         mss::StopwordList::load(MSS_SOURCE_DIR "/stopwords/haitian_creole.txt"));
}

std::vector<std::string> words_of(const std::vector<mss::Token>& tokens) {
    std::vector<std::string> words;
    for (const mss::Token& token : tokens) {
        words.push_back(token.word);
    }
    return words;
}

}  // namespace

TEST_CASE("French drops elided articles: d'Haïti is haiti, l'aéroport aeroport", "[analyzer]") {
    auto analyzer = make_bilingual_analyzer();
    const std::string text = "l'aéroport d\u2019Haïti jusqu'à Port-au-Prince";
    const auto tokens = analyzer.analyze(text, mss::Language::kFrench);
    CHECK(words_of(tokens) ==
          std::vector<std::string>{"aeroport", "haiti", "a", "port", "au", "prince"});
    // The token's span is the word without its article, so highlights mark "Haïti".
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Haïti");
    CHECK(tokens[3].compound == "portauprince");
    // English analysis is unchanged.
    CHECK(words_of(analyzer.analyze("d'Haïti")) == std::vector<std::string>{"dhaiti"});
}

TEST_CASE("French words take the French stem and French stopwords", "[analyzer]") {
    auto analyzer = make_bilingual_analyzer();
    const auto tokens = analyzer.analyze("la police et les policiers", mss::Language::kFrench);
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[0].stopword);  // la
    CHECK(tokens[2].stopword);  // et
    CHECK_FALSE(tokens[1].stopword);
    CHECK(tokens[4].stem == analyzer.analyze_word("policier", mss::Language::kFrench).stem);
    CHECK(analyzer.analyze_word("opérations", mss::Language::kFrench).stem ==
          analyzer.analyze_word("opération", mss::Language::kFrench).stem);
    // "la" is no English stopword.
    CHECK_FALSE(analyzer.analyze_word("la").stopword);
}

TEST_CASE("French numbers: spaced groups join, the decimal comma is a point", "[analyzer]") {
    auto analyzer = make_bilingual_analyzer();
    CHECK(words_of(analyzer.analyze("1 000 agents, 5\u202F550 hommes, 2,5 jours",
                                    mss::Language::kFrench)) ==
          std::vector<std::string>{"1000", "agents", "5550", "hommes", "2.5", "jours"});
    // English reads "2,500" as a thousands group and leaves "1 000" two numbers.
    CHECK(words_of(analyzer.analyze("1 000 and 2,500")) ==
          std::vector<std::string>{"1", "000", "and", "2500"});
}

TEST_CASE("French ordinals stem to their number, 3ème and 1er alike", "[analyzer]") {
    auto analyzer = make_bilingual_analyzer();
    const auto tokens =
        analyzer.analyze("le 1er février, la 3ème opération", mss::Language::kFrench);
    REQUIRE(tokens.size() == 6);
    CHECK(tokens[1].word == "1er");
    CHECK(tokens[1].stem == "1");
    CHECK(tokens[4].word == "3eme");
    CHECK(tokens[4].stem == "3");
}

TEST_CASE("Haitian Creole is folded and unstemmed, its one-letter contractions stopwords",
          "[analyzer]") {
    auto analyzer = make_bilingual_analyzer();
    const auto tokens =
        analyzer.analyze("Polis Nasyonal d Ayiti, m ap patwouye", mss::Language::kHaitianCreole);
    CHECK(words_of(tokens) ==
          std::vector<std::string>{"polis", "nasyonal", "d", "ayiti", "m", "ap", "patwouye"});
    CHECK(tokens[2].stopword);
    CHECK(tokens[4].stopword);
    CHECK_FALSE(tokens[3].stopword);
    for (const mss::Token& token : tokens) {
        CHECK(token.stem == token.word);
    }
    CHECK(words_of(analyzer.analyze("Pòtoprens", mss::Language::kHaitianCreole)) ==
          std::vector<std::string>{"potoprens"});
}
