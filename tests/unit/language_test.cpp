#include <iterator>
#include <set>
#include <string>

#include <catch2/catch.hpp>

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
    CHECK(mss::parse_language("fr") == Language::kFrench);
    CHECK(mss::parse_language("FR") == Language::kFrench);
    CHECK(mss::parse_language("fr-HT") == Language::kFrench);
    CHECK(mss::parse_language("fr_FR") == Language::kFrench);
    CHECK(mss::parse_language(" fra ") == Language::kFrench);
    CHECK(mss::parse_language("French") == Language::kFrench);
    CHECK(mss::parse_language("français") == Language::kFrench);
    CHECK(mss::parse_language("en-US") == Language::kEnglish);
    CHECK(mss::parse_language("english") == Language::kEnglish);
    CHECK(mss::parse_language("ht") == Language::kHaitianCreole);
    CHECK(mss::parse_language("Haitian Creole") == Language::kHaitianCreole);
    CHECK(mss::parse_language("kreyòl") == Language::kHaitianCreole);
    CHECK(mss::parse_language("Kreyòl ayisyen") == Language::kHaitianCreole);
}

TEST_CASE("other languages and malformed tags are no language of the analyser", "[language]") {
    CHECK_FALSE(mss::parse_language(""));
    CHECK_FALSE(mss::parse_language("   "));
    CHECK_FALSE(mss::parse_language("es"));
    CHECK_FALSE(mss::parse_language("Spanish"));
    CHECK_FALSE(mss::parse_language("french-fries"));
    CHECK_FALSE(mss::parse_language("f"));
}
