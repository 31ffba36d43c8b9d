#include "analysis/word_tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <mss/error.h>

namespace mss {

WordTokenizer::WordTokenizer() {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
        throw IoError(std::string("cannot create ICU word break iterator: ") + u_errorName(status));
    }
}

WordTokenizer::~WordTokenizer() = default;

std::vector<WordSpan> WordTokenizer::split(std::string_view text) {
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
