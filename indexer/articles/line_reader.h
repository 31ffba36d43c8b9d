// Reads a stream line by line without ever holding more than `max_bytes` of one line, so a
// multi-gigabyte file with no newline cannot exhaust memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <string_view>

namespace mss {

struct Line {
    std::size_t number;     // 1-based
    std::string_view text;  // without the newline; empty when too_long
    bool too_long;          // over max_bytes: its text was dropped
    std::uintmax_t bytes;   // its length in the file
};

// Calls `on_line` for every line, in order. A final line without a newline counts.
void for_each_line(std::istream& in, std::uintmax_t max_bytes,
                   const std::function<void(const Line&)>& on_line);

}  // namespace mss
