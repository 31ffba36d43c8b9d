// Reads the example tables of docs/QUERY.md, so the tests check exactly what the document shows.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace mss::test {

// The rows "| `first` | second |" of the section headed `heading`; backticks around the second
// cell are dropped.
inline std::vector<std::pair<std::string, std::string>> query_doc_rows(const std::string& heading) {
    std::ifstream in(std::string(MSS_SOURCE_DIR) + "/docs/QUERY.md");
    std::vector<std::pair<std::string, std::string>> rows;
    std::string line;
    bool in_section = false;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) {
            in_section = line == "## " + heading;
            continue;
        }
        if (!in_section || line.rfind("| `", 0) != 0) {
            continue;
        }
        const std::size_t first_end = line.find("` | ", 3);
        std::string second = line.substr(first_end + 4);
        second = second.substr(0, second.rfind(" |"));
        if (second.size() >= 2 && second.front() == '`' && second.back() == '`') {
            second = second.substr(1, second.size() - 2);
        }
        rows.emplace_back(line.substr(3, first_end - 3), second);
    }
    return rows;
}

}  // namespace mss::test
