#include "language/language.h"

#include "analysis/fold.h"

namespace mss {

namespace {

// Each language's ISO 639-1 code and English name, in the order of kAllLanguages.
struct LanguageNames {
    Language language;
    const char* code;
    const char* name;
};
constexpr LanguageNames kLanguageNames[] = {{Language::kEnglish, "en", "English"},
                                            {Language::kFrench, "fr", "French"},
                                            {Language::kHaitianCreole, "ht", "Haitian Creole"}};

const LanguageNames& names_of(Language language) {
    for (const LanguageNames& names : kLanguageNames) {
        if (names.language == language) {
            return names;
        }
    }
    return kLanguageNames[0];  // no other value: English, the analyser's default
}

}  // namespace

const char* language_code(Language language) {
    return names_of(language).code;
}

const char* language_name(Language language) {
    return names_of(language).name;
}

std::optional<Language> parse_language(std::string_view tag) {
    const auto first = tag.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return std::nullopt;
    }
    tag = tag.substr(first, tag.find_last_not_of(" \t\r\n") - first + 1);
    // A BCP 47 tag's primary subtag is the language; the region ("-HT") does not change it.
    std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
    if (primary.size() == tag.size() || primary.size() <= 3) {
        const std::string folded = fold_word(primary);
        struct Name {
            const char* name;
            Language language;
        };
        // Codes of ISO 639-1 and 639-2/3 (both bibliographic and terminological for French),
        // then English and native names, folded.
        static constexpr Name kNames[] = {
            {"en", Language::kEnglish},           {"eng", Language::kEnglish},
            {"english", Language::kEnglish},      {"fr", Language::kFrench},
            {"fra", Language::kFrench},           {"fre", Language::kFrench},
            {"french", Language::kFrench},        {"francais", Language::kFrench},
            {"ht", Language::kHaitianCreole},     {"hat", Language::kHaitianCreole},
            {"kreyol", Language::kHaitianCreole}, {"creole", Language::kHaitianCreole},
            {"haitian", Language::kHaitianCreole}};
        for (const Name& name : kNames) {
            if (folded == name.name) {
                return name.language;
            }
        }
    }
    // Two-word names: "Haitian Creole", "kreyòl ayisyen".
    std::string words;
    std::size_t start = 0;
    while (start < tag.size()) {
        std::size_t end = tag.find_first_of(" \t", start);
        if (end == std::string_view::npos) {
            end = tag.size();
        }
        if (end > start) {
            words += (words.empty() ? "" : " ") + fold_word(tag.substr(start, end - start));
        }
        start = end + 1;
    }
    if (words == "haitian creole" || words == "kreyol ayisyen" || words == "creole haitien") {
        return Language::kHaitianCreole;
    }
    return std::nullopt;
}

}  // namespace mss
