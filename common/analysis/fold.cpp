#include "analysis/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace mss {
namespace {

bool is_ascii(std::string_view word) {
    for (unsigned char c : word) {
        if (c >= 0x80) {
            return false;
        }
    }
    return true;
}

// The apostrophes people and typesetters use for the possessive.
bool is_apostrophe(UChar32 c) {
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

void drop_possessive(icu::UnicodeString& word) {
    const int32_t n = word.length();
    if (n > 2 && (word[n - 1] == u's') && is_apostrophe(word[n - 2])) {
        word.truncate(n - 2);
    }
    // An apostrophe left anywhere else joins two halves of one word ("o'clock", "d'Haïti").
    for (int32_t i = word.length() - 1; i >= 0; --i) {
        if (is_apostrophe(word[i])) {
            word.remove(i, 1);
        }
    }
}

std::string fold_ascii(std::string_view word) {
    std::string folded(word);
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    if (folded.size() > 2 && folded.compare(folded.size() - 2, 2, "'s") == 0) {
        folded.resize(folded.size() - 2);
    }
    folded.erase(std::remove(folded.begin(), folded.end(), '\''), folded.end());
    return folded;
}

}  // namespace

std::string fold_word(std::string_view word) {
    if (is_ascii(word)) {
        return fold_ascii(word);
    }
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* const nfkc_casefold =
        icu::Normalizer2::getNFKCCasefoldInstance(status);
    static const icu::Normalizer2* const nfd = icu::Normalizer2::getNFDInstance(status);
    static const icu::Normalizer2* const nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        return std::string(word);
    }
    const icu::UnicodeString original = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString decomposed =
        nfd->normalize(nfkc_casefold->normalize(original, status), status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) {
            stripped.append(c);
        }
        i += U16_LENGTH(c);
    }
    icu::UnicodeString folded = nfc->normalize(stripped, status);
    if (U_FAILURE(status)) {
        return std::string(word);
    }
    drop_possessive(folded);
    std::string out;
    folded.toUTF8String(out);
    return out;
}

}  // namespace mss
