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

}  // namespace mss
