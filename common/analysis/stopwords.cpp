#include "analysis/stopwords.h"

#include <algorithm>
#include <vector>

#include "data_file.h"

namespace mss {

StopwordList StopwordList::parse(std::string_view text) {
    StopwordList list;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) {
            line_end = text.size();
        }
        std::string_view line = text.substr(line_start, line_end - line_start);
        line = line.substr(0, line.find('#'));
        const auto first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos) {
            const auto last = line.find_last_not_of(" \t\r");
            list.words_.emplace(line.substr(first, last - first + 1));
        }
        line_start = line_end + 1;
    }
    return list;
}

StopwordList StopwordList::load(const std::string& path) {
    return parse(read_data_file(path));
}

bool StopwordList::contains(std::string_view folded_word) const {
    return words_.count(std::string(folded_word)) != 0;
}

std::string StopwordList::serialise() const {
    std::vector<std::string> sorted(words_.begin(), words_.end());
    std::sort(sorted.begin(), sorted.end());
    std::string out;
    for (const auto& word : sorted) {
        out += word;
        out += '\n';
    }
    return out;
}

}  // namespace mss
