#include "entities/letter_case.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace mss {

WordCase word_case(std::string_view word) {
    bool first = true, first_upper = false;
    int letters = 0, lower = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
        UChar32 c;
        U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
        if (c < 0 || !u_isalpha(c)) {
            continue;
        }
        ++letters;
        if (u_islower(c)) {
            ++lower;
        }
        if (first) {
            first_upper = u_isupper(c) || u_istitle(c);
            first = false;
        }
    }
    if (!first_upper) {
        return WordCase::kLower;
    }
    return letters >= 2 && lower == 0 ? WordCase::kUpper : WordCase::kCapitalised;
}

}  // namespace mss
