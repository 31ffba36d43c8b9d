// What a match is made of, in the analyser's terms: the snippet highlighter marks these.
#pragma once

#include <set>
#include <string>

namespace mss {

struct MatchTerms {
    std::set<std::string> stems;     // free-text words: any word with one of these stems matches
    std::set<std::string> words;     // phrase words and entity aliases: matched exactly (folded)
    std::set<std::string> prefixes;  // word*: any folded word starting with one of these
};

}  // namespace mss
