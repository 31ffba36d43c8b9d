#include "language/language_identifier.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <string>
#include <utility>

#include <cld2/public/compact_lang_det.h>

#include "analysis/code_point_offsets.h"
#include "utf8_repair.h"

namespace mss {
namespace {

// CLD2 scores the whole text; past a few kilobytes the answer no longer changes, and the cost
// grows with the length. Cut at a character boundary so CLD2 never sees half a character.
constexpr std::size_t kSampleBytes = 4096;

// CLD2's name of each language the analyser knows.
constexpr std::pair<CLD2::Language, Language> kCld2Languages[] = {
    {CLD2::ENGLISH, Language::kEnglish},
    {CLD2::FRENCH, Language::kFrench},
    {CLD2::HAITIAN_CREOLE, Language::kHaitianCreole},
};

std::string_view sample_of(std::string_view text) {
    if (text.size() <= kSampleBytes) {
        return text;
    }
    return text.substr(0, code_point_start(text, kSampleBytes));
}

}  // namespace

std::optional<Language> detect_language(std::string_view text) {
    std::string_view sample = sample_of(text);
    // CLD2 reads past the end of an ill-formed sequence (a crash found by fuzzing): it is given
    // valid UTF-8 only. Readers repair what they read, but IndexWriter takes articles as given.
    std::string repaired;
    if (find_invalid_utf8(sample)) {
        repaired = repair_utf8(sample);
        sample = repaired;
    }
    bool reliable = false;
    const CLD2::Language found = CLD2::DetectLanguage(
        sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &reliable);
    if (!reliable) {
        return std::nullopt;
    }
    for (const auto& [cld2, language] : kCld2Languages) {
        if (found == cld2) {
            return language;
        }
    }
    return std::nullopt;  // a language the analyser does not know
}

LanguageChoice choose_language(const Article& article) {
    if (const auto declared = parse_language(article.language)) {
        return {*declared, LanguageEvidence::kDeclared};
    }
    std::string text = article.title;
    text += "\n";
    text.append(sample_of(article.body));
    if (const auto detected = detect_language(text)) {
        return {*detected, LanguageEvidence::kDetected};
    }
    return {Language::kEnglish, LanguageEvidence::kFallback};
}

}  // namespace mss
