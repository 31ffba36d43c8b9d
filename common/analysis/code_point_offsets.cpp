#include "analysis/code_point_offsets.h"

#include <algorithm>

namespace mss {
namespace {

bool starts_character(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

}  // namespace

std::size_t CodePointOffsets::at(std::size_t byte) {
    byte = std::min(byte, text_.size());
    for (; byte_ < byte; ++byte_) {
        chars_ += starts_character(text_[byte_]);
    }
    for (; byte_ > byte; --byte_) {
        chars_ -= starts_character(text_[byte_ - 1]);
    }
    return chars_;
}

std::size_t code_point_count(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), starts_character));
}

std::size_t code_point_byte(std::string_view text, std::size_t index) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (starts_character(text[i]) && seen++ == index) {
            return i;
        }
    }
    return text.size();
}

std::size_t code_point_start(std::string_view text, std::size_t byte) {
    byte = std::min(byte, text.size());
    while (byte > 0 && byte < text.size() && !starts_character(text[byte])) {
        --byte;
    }
    return byte;
}

}  // namespace mss
