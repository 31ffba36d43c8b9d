#include "language/language.h"

#include "analysis/fold.h"

namespace mss {

const char* language_code(Language language) {
    switch (language) {
        case Language::kEnglish:
            return "en";
        case Language::kFrench:
            return "fr";
        case Language::kHaitianCreole:
            return "ht";
    }
    return "en";
}

const char* language_name(Language language) {
    switch (language) {
        case Language::kEnglish:
            return "English";
        case Language::kFrench:
            return "French";
        case Language::kHaitianCreole:
            return "Haitian Creole";
    }
    return "English";
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
