#include "index_stub.h"

#include <fstream>
#include <sstream>

#include <mss/error.h>

namespace mss {

bool is_local_backend(const std::string& backend) {
    return backend == "auto" || backend == "glass" || backend == "chert";
}

std::optional<std::vector<StubEntry>> read_index_stub(const std::filesystem::path& stub) {
    std::ifstream in(stub);
    if (!in) {
        return std::nullopt;
    }
    std::vector<StubEntry> entries;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string where = stub.string() + ":" + std::to_string(number);
        std::istringstream words(line);
        std::string backend;
        if (!(words >> backend) || backend.front() == '#') {
            continue;
        }
        std::string rest;
        std::getline(words >> std::ws, rest);
        while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r')) {
            rest.pop_back();
        }
        if (rest.empty()) {
            throw IndexMissingError(where + ": \"" + backend + "\" names no database");
        }
        entries.push_back({backend, rest, where});
    }
    return entries;
}

}  // namespace mss
