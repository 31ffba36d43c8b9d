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

}  // namespace mss
