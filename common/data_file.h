// Reading the data files the tools ship with (stopwords, entity lists).
#pragma once

#include <string>

namespace mss {

// The whole file. Throws mss::IoError naming the file when it cannot be read.
std::string read_data_file(const std::string& path);

}  // namespace mss
