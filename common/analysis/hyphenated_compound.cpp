#include "analysis/hyphenated_compound.h"

namespace mss {
namespace {

// Dashes (en, em) separate clauses, not word parts: "fast–track" stays two words.
bool is_hyphen(std::string_view gap) {
    return gap == "-" || gap == "\u2010" || gap == "\u2011";
}

}  // namespace

std::vector<CompoundRun> find_hyphenated_compounds(std::string_view text,
                                                   const std::vector<WordSpan>& words) {
    std::vector<CompoundRun> runs;
    std::size_t first = 0;
    for (std::size_t i = 1; i <= words.size(); ++i) {
        const bool joined =
            i < words.size() &&
            is_hyphen(text.substr(words[i - 1].end, words[i].begin - words[i - 1].end));
        if (joined) {
            continue;
        }
        if (i - 1 > first) {
            runs.push_back({first, i - 1});
        }
        first = i;
    }
    return runs;
}

}  // namespace mss
