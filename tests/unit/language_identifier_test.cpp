#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "articles/seed_text_reader.h"
#include "language/language_identifier.h"

using mss::Language;
using mss::LanguageEvidence;

namespace {

mss::Article article_of(const std::string& title, const std::string& body,
                        const std::string& declared = "") {
    mss::Article article;
    article.title = title;
    article.body = body;
    article.language = declared;
    return article;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const std::string kFrench =
    "Le directeur général de la Police nationale d'Haïti a déclaré samedi que les policiers "
    "kényans poursuivront leurs opérations dans la capitale avec le soutien de la mission.";
const std::string kCreole =
    "Polis Nasyonal d Ayiti di li kontinye travay ak ofisye Kenyan yo nan misyon entènasyonal "
    "la pou retabli sekirite nan kapital la.";
const std::string kEnglish =
    "Kenyan police officers patrolled the capital on Saturday alongside the Haitian National "
    "Police, the mission said in a statement.";

}  // namespace

TEST_CASE("CLD2 tells English, French and Haitian Creole apart", "[language]") {
    CHECK(mss::detect_language(kEnglish) == Language::kEnglish);
    CHECK(mss::detect_language(kFrench) == Language::kFrench);
    CHECK(mss::detect_language(kCreole) == Language::kHaitianCreole);
}

TEST_CASE("a text too short or in another language is not identified", "[language]") {
    CHECK_FALSE(mss::detect_language(""));
    CHECK_FALSE(mss::detect_language("MSS"));
    CHECK_FALSE(
        mss::detect_language("La policía nacional de Haití informó el sábado que los agentes "
                             "kenianos seguirán patrullando la capital del país."));
}

TEST_CASE("a declared language takes precedence over what the text reads as", "[language]") {
    const auto choice = mss::choose_language(article_of("Title", kEnglish, "fr-FR"));
    CHECK(choice.language == Language::kFrench);
    CHECK(choice.evidence == LanguageEvidence::kDeclared);
}

TEST_CASE("without a declared language the text decides", "[language]") {
    const auto french = mss::choose_language(article_of("Les policiers", kFrench));
    CHECK(french.language == Language::kFrench);
    CHECK(french.evidence == LanguageEvidence::kDetected);
    // A declared language the analyser does not know is no declaration.
    const auto creole = mss::choose_language(article_of("Polis", kCreole, "xx"));
    CHECK(creole.language == Language::kHaitianCreole);
    CHECK(creole.evidence == LanguageEvidence::kDetected);
}

TEST_CASE("an article CLD2 cannot read is English, the fallback", "[language]") {
    const auto choice = mss::choose_language(article_of("MSS", ""));
    CHECK(choice.language == Language::kEnglish);
    CHECK(choice.evidence == LanguageEvidence::kFallback);
}

TEST_CASE("the test corpus's undeclared articles are identified as written", "[language]") {
    const std::string dir = MSS_SOURCE_DIR "/tests/data/lang/";
    const auto french = mss::parse_seed_text(read_file(dir + "pnh_aeroport.txt"), "a", "a");
    CHECK(mss::choose_language(french.article).language == Language::kFrench);
    const auto creole = mss::parse_seed_text(read_file(dir + "radyo_kreyol.txt"), "b", "b");
    CHECK(mss::choose_language(creole.article).language == Language::kHaitianCreole);
}

TEST_CASE("text that is not valid UTF-8 is identified as its repaired text would be",
          "[language]") {
    const std::string french =
        "Les policiers kényans ont patrouillé samedi dans la capitale avec la Police nationale "
        "d'Haïti, a déclaré le directeur général de la police, qui a salué leur travail.";
    std::string broken = french;
    broken.insert(40, "\xA2\xFF\xC3");  // a stray continuation byte, an invalid byte, a cut lead
    CHECK(mss::detect_language(broken) == mss::detect_language(french));
    CHECK(mss::detect_language(std::string(64, '\xA2')) == std::nullopt);
}
