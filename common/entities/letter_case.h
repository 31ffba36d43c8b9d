// How a word is capitalised in the original text: the cue that tells "Chad" the country from
// "chad", "US" the country from "us", and a name from a common word.
#pragma once

#include <string_view>

namespace mss {

enum class WordCase {
    kLower,        // "us", "chad", "2025"
    kCapitalised,  // "Chad", "McDonald", "St"
    kUpper,        // "US", "U.S", "HNP", "KENYA" (two or more letters, none lower case)
};

// The case of a UTF-8 word; a single capital letter ("F" of "John F. Kennedy") is kCapitalised.
WordCase word_case(std::string_view word);

}  // namespace mss
