// Finds the data files (stopword lists) the tools ship with.
#pragma once

#include <string>

namespace mss {

// The folder holding stopwords/: `preferred` when non-empty, else share/mss beside the running
// executable (build tree and installed tree alike), else the folder the library was installed
// with. Reads no environment variable (the tools resolve $MSS_DATA_DIR themselves). Throws
// mss::IoError naming the places tried when none exists.
std::string find_data_dir(const std::string& preferred);

}  // namespace mss
