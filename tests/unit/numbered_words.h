// Texts of distinct numbered words ("w0 w1 w2 ..."), for the story tests: no two shingles of such
// a text are alike, so how much two texts share is set by the ranges of numbers they hold.
#pragma once

#include <string>

namespace mss::testing {

// Words `from` to `from + count - 1`, each `prefix` and its number, one space apart; with
// `sentence` > 0, each sentence-th word (the number one less than a multiple of it) is followed by
// `stop` instead.
inline std::string numbered_words(int from, int count, const std::string& prefix = "w",
                                  int sentence = 0, const std::string& stop = ". ") {
    std::string text;
    for (int i = from; i < from + count; ++i) {
        text += prefix + std::to_string(i) +
                (sentence > 0 && i % sentence == sentence - 1 ? stop : " ");
    }
    return text;
}

}  // namespace mss::testing
