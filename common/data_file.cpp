#include "data_file.h"

#include <fstream>
#include <sstream>

#include <mss/error.h>

namespace mss {

std::string read_data_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw IoError(path + ": cannot read data file");
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<DataLine> data_lines(std::string_view text) {
    std::vector<DataLine> lines;
    std::size_t start = 0, number = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        ++number;
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        line = line.substr(0, line.find('#'));
        const auto first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos) {
            lines.push_back(
                {number, line.substr(first, line.find_last_not_of(" \t\r") - first + 1)});
        }
    }
    return lines;
}

}  // namespace mss
