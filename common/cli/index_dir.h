// Where the command-line tools look for the index when the command line does not say.
// Front-end code only: the library takes the index folder it is given and reads no environment.
#pragma once

#include <cstdlib>
#include <string>

namespace mss::cli {

// `flag` when non-empty, else $MSS_INDEX when set and non-empty, else ./index.
inline std::string index_dir_from(const std::string& flag) {
    if (!flag.empty()) {
        return flag;
    }
    if (const char* env = std::getenv("MSS_INDEX"); env != nullptr && *env != '\0') {
        return env;
    }
    return "index";
}

// `flag` when non-empty, else $MSS_DATA_DIR (empty when unset: the library then finds the
// installed data by itself).
inline std::string data_dir_from(const std::string& flag) {
    if (!flag.empty()) {
        return flag;
    }
    const char* env = std::getenv("MSS_DATA_DIR");
    return env != nullptr ? env : "";
}

}  // namespace mss::cli
