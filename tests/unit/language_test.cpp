#include <iterator>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "check_cases.h"
#include "language/language.h"

using mss::Language;

TEST_CASE("language codes and names name the three analysed languages", "[language]") {
    CHECK(std::string(mss::language_code(Language::kEnglish)) == "en");
    CHECK(std::string(mss::language_code(Language::kFrench)) == "fr");
    CHECK(std::string(mss::language_code(Language::kHaitianCreole)) == "ht");
    CHECK(std::string(mss::language_name(Language::kHaitianCreole)) == "Haitian Creole");
}

TEST_CASE("every language's code and name parse back to it, and no two languages share them",
          "[language]") {
    std::set<std::string> codes, names;
    for (const Language language : mss::kAllLanguages) {
        CHECK(mss::parse_language(mss::language_code(language)) == language);
        CHECK(mss::parse_language(mss::language_name(language)) == language);
        codes.insert(mss::language_code(language));
        names.insert(mss::language_name(language));
    }
    CHECK(codes.size() == std::size(mss::kAllLanguages));
    CHECK(names.size() == std::size(mss::kAllLanguages));
}

TEST_CASE("a language is parsed from codes, BCP 47 tags and names in any case", "[language]") {
    mss::testing::check_cases<Language>(mss::parse_language,
                                        {{"fr", Language::kFrench},
                                         {"FR", Language::kFrench},
                                         {"fr-HT", Language::kFrench},
                                         {"fr_FR", Language::kFrench},
                                         {" fra ", Language::kFrench},
                                         {"French", Language::kFrench},
                                         {"français", Language::kFrench},
                                         {"en-US", Language::kEnglish},
                                         {"english", Language::kEnglish},
                                         {"ht", Language::kHaitianCreole},
                                         {"Haitian Creole", Language::kHaitianCreole},
                                         {"kreyòl", Language::kHaitianCreole},
                                         {"Kreyòl ayisyen", Language::kHaitianCreole}});
}

TEST_CASE("other languages and malformed tags are no language of the analyser", "[language]") {
    mss::testing::check_none(mss::parse_language,
                             {"", "   ", "es", "Spanish", "french-fries", "f"});
}
