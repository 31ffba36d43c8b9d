// Reading the data files the tools ship with (stopwords, entity lists).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mss {

// The whole file. Throws mss::IoError naming the file when it cannot be read.
std::string read_data_file(const std::string& path);

struct DataLine {
    std::size_t number;     // 1-based, for error messages
    std::string_view text;  // without its '#' comment and surrounding blanks; never empty
};

// The lines of a data file that hold data: comments stripped, blank lines left out.
std::vector<DataLine> data_lines(std::string_view text);

}  // namespace mss
