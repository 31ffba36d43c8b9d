// The text of a file of the repository (test data, seeds, docs), for tests that read one.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

namespace mss::testing {

// The whole of MSS_SOURCE_DIR/`relative`; the test fails when it is missing or empty.
inline std::string repository_file(const std::string& relative) {
    std::ifstream in(std::string(MSS_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    REQUIRE(!text.str().empty());
    return text.str();
}

}  // namespace mss::testing
