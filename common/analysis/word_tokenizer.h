// Splits UTF-8 text into words with ICU's word break rules (UAX #29).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

namespace mss {

// A word's place in the text it came from, in bytes: text.substr(begin, end - begin).
struct WordSpan {
    std::size_t begin;
    std::size_t end;
};

// Holds one ICU break iterator, so one instance per thread.
class WordTokenizer {
  public:
    WordTokenizer();
    ~WordTokenizer();
    WordTokenizer(const WordTokenizer&) = delete;
    WordTokenizer& operator=(const WordTokenizer&) = delete;

    // The words of `text` (letters, digits, ideographs), leaving out spaces and punctuation.
    // Invalid UTF-8 is tolerated: ICU treats each bad byte as a non-word character. Zero-width
    // characters (U+200B, U+200C, U+200D, U+2060, soft hyphen) inside a word do not split it.
    std::vector<WordSpan> split(std::string_view text);

  private:
    std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace mss
