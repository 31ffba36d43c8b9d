#include "articles/line_reader.h"

#include <string>
#include <vector>

namespace mss {

void for_each_line(std::istream& in, std::uintmax_t max_bytes,
                   const std::function<void(const Line&)>& on_line) {
    std::vector<char> chunk(1 << 16);
    std::string line;
    std::uintmax_t line_bytes = 0;
    std::size_t number = 1;
    bool any = false;
    const auto emit = [&] {
        const bool too_long = line_bytes > max_bytes;
        on_line(
            {number, too_long ? std::string_view{} : std::string_view(line), too_long, line_bytes});
        line.clear();
        line_bytes = 0;
        any = false;
        ++number;
    };
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
        const std::string_view data(chunk.data(), static_cast<std::size_t>(in.gcount()));
        std::size_t from = 0;
        while (from < data.size()) {
            const std::size_t newline = data.find('\n', from);
            const std::size_t end = newline == std::string_view::npos ? data.size() : newline;
            const std::size_t length = end - from;
            any = true;
            line_bytes += length;
            if (line_bytes <= max_bytes) {
                line.append(data.data() + from, length);
            } else {
                line.clear();  // too long: keep counting, stop keeping
            }
            if (newline == std::string_view::npos) {
                break;
            }
            emit();
            from = newline + 1;
        }
    }
    if (any) {
        emit();
    }
}

}  // namespace mss
