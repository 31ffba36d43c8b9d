// Which language an article is written in: what its source declares, else what CLD2 (Compact
// Language Detector 2, libcld2) reads in its text, else English.
#pragma once

#include <optional>
#include <string_view>

#include <mss/article.h>

#include "language/language.h"

namespace mss {

// How the language of an article was settled.
enum class LanguageEvidence {
    kDeclared,  // the source said so: JSON "lang", <html lang>, a feed's language
    kDetected,  // CLD2 read it in the headline and body, and called its answer reliable
    kFallback,  // neither: English
};

struct LanguageChoice {
    Language language = Language::kEnglish;
    LanguageEvidence evidence = LanguageEvidence::kFallback;
};

// CLD2's reading of `text`, when it calls it reliable and it is a language of language.h.
// Stateless and thread-safe (CLD2 keeps no state between calls).
std::optional<Language> detect_language(std::string_view text);

// The article's declared language (Article::language) when it names one the analyser knows;
// otherwise CLD2 on the headline and body; otherwise English. A declared tag of another language
// ("es") is not taken for English: the text decides. Thread-safe.
LanguageChoice choose_language(const Article& article);

}  // namespace mss
