// Byte offsets into a UTF-8 text turned into character offsets (Unicode code points), the unit
// programs outside C++ count in (Python str, most JSON readers' view of a string's characters).
#pragma once

#include <cstddef>
#include <string_view>

namespace mss {

class CodePointOffsets {
  public:
    // `text` must outlive this object.
    explicit CodePointOffsets(std::string_view text) : text_(text) {}

    // Code points before `byte` (at most the text's size), which should be a character boundary.
    // Counts from the previous call's offset, forwards or backwards, so offsets asked for in
    // about text order cost one pass over the text in all. Any byte that is not a UTF-8
    // continuation byte starts a character, so text that is not valid UTF-8 still gets offsets.
    std::size_t at(std::size_t byte);

  private:
    std::string_view text_;
    std::size_t byte_ = 0;   // where the last count ended
    std::size_t chars_ = 0;  // code points before byte_
};

// Code points in `text` (every byte that does not continue a UTF-8 sequence, as above).
std::size_t code_point_count(std::string_view text);

// The byte where code point `index` of `text` starts; the text's size past its end.
std::size_t code_point_byte(std::string_view text, std::size_t index);

// The start of the code point that holds `byte` (at most the text's size): where to cut `text`
// at about `byte` without splitting a character.
std::size_t code_point_start(std::string_view text, std::size_t byte);

}  // namespace mss
