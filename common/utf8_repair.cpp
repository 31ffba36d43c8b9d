#include "utf8_repair.h"

#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <climits>

namespace mss {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    // U8_NEXT takes int32_t offsets; longer texts are checked in slices at character boundaries.
    const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
    int32_t offset = 0;
    while (offset < length) {
        const int32_t start = offset;
        UChar32 c;
        U8_NEXT(bytes, offset, length, c);
        if (c < 0) {
            return static_cast<std::size_t>(start);
        }
    }
    return std::nullopt;
}

std::string repair_utf8(std::string_view text) {
    std::string repaired;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
        .toUTF8String(repaired);
    return repaired;
}

}  // namespace mss
