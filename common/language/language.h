// The languages the analyser knows, their codes and the names users write for them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mss {

// Each has its own analysis (analysis/analyzer.h). An article in any other language is analysed
// and stored as English, the language most of the corpus is written in (README, "Languages").
enum class Language { kEnglish, kFrench, kHaitianCreole };

inline constexpr Language kAllLanguages[] = {Language::kEnglish, Language::kFrench,
                                             Language::kHaitianCreole};

// ISO 639-1 code, as stored in the index and shown in hits: "en", "fr", "ht".
const char* language_code(Language language);

// English name, for facets and messages: "English", "French", "Haitian Creole".
const char* language_name(Language language);

// The language a tag or name stands for, in any case and with or without accents: a code ("fr"),
// a BCP 47 tag ("fr-HT", "en_US"), an English name ("French", "Haitian Creole", "Creole") or the
// language's own name ("français", "kreyòl"). Nothing for another language or a malformed tag.
std::optional<Language> parse_language(std::string_view tag);

}  // namespace mss
