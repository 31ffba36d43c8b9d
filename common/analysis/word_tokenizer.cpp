#include "analysis/word_tokenizer.h"

#include <string>
#include <string_view>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <mss/error.h>

namespace mss {
namespace {

constexpr std::string_view kZeroWidthSpace = "\xE2\x80\x8B";  // U+200B
constexpr std::string_view kWordJoiner = "\xE2\x81\xA0";      // U+2060, as long in UTF-8

// UAX #29 breaks words at U+200B (the other zero-width characters and the soft hyphen are
// Format or Extend, which it already ignores inside a word), so "Ken\u200Bya" would be two
// words. Replaced by the word joiner, which has the same length: the word's byte offsets stay
// those of the original text, and folding drops the joiner as it drops every default-ignorable
// character.
std::string_view without_zero_width_spaces(std::string_view text, std::string& copy) {
    if (text.find(kZeroWidthSpace) == std::string_view::npos) {
        return text;
    }
    copy.assign(text);
    for (auto at = copy.find(kZeroWidthSpace); at != std::string::npos;
         at = copy.find(kZeroWidthSpace, at)) {
        copy.replace(at, kWordJoiner.size(), kWordJoiner);
    }
    return copy;
}

}  // namespace

WordTokenizer::WordTokenizer() {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
        throw IoError(std::string("cannot create ICU word break iterator: ") + u_errorName(status));
    }
}

WordTokenizer::~WordTokenizer() = default;

std::vector<WordSpan> WordTokenizer::split(std::string_view original) {
    std::string copy;
    const std::string_view text = without_zero_width_spaces(original, copy);
    std::vector<WordSpan> words;
    UErrorCode status = U_ZERO_ERROR;
    // A UTF-8 UText makes ICU's boundaries byte offsets into `text`, with no conversion copy.
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) {
        return words;
    }
    iterator_->setText(utext, status);
    if (U_SUCCESS(status)) {
        int32_t begin = iterator_->first();
        for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
             begin = end, end = iterator_->next()) {
            if (iterator_->getRuleStatus() != UBRK_WORD_NONE) {
                words.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end)});
            }
        }
    }
    utext_close(utext);
    return words;
}

}  // namespace mss
