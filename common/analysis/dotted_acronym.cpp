#include "analysis/dotted_acronym.h"

namespace mss {
namespace {

// Parts of an acronym are short: "u", "s", "ph". Longer parts mean a host name or a typo.
constexpr std::size_t kMaxPartLength = 2;

bool is_letter_byte(char c) {
    // Folded words are lower case; any non-ASCII byte belongs to a letter (accents are stripped
    // before we get here, so this is rare).
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string join_dotted_acronym(std::string_view folded_word) {
    if (folded_word.find('.') == std::string_view::npos) {
        return std::string(folded_word);
    }
    std::string joined;
    std::size_t part_length = 0;
    for (const char c : folded_word) {
        if (c == '.') {
            if (part_length == 0) {
                return std::string(folded_word);
            }
            part_length = 0;
            continue;
        }
        if (!is_letter_byte(c) || ++part_length > kMaxPartLength) {
            return std::string(folded_word);
        }
        joined += c;
    }
    return part_length == 0 ? std::string(folded_word) : joined;
}

}  // namespace mss
