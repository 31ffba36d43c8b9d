// Words too common to search by on their own.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace mss {

class StopwordList {
  public:
    StopwordList() = default;

    // Parses a stopword file: one folded word per line, '#' starts a comment, blank lines ignored.
    static StopwordList parse(std::string_view text);

    // Reads and parses a stopword file. Throws mss::IoError when it cannot be read.
    static StopwordList load(const std::string& path);

    bool contains(std::string_view folded_word) const;

    // The list in file form, one word per line, sorted: what parse() reads back.
    std::string serialise() const;

  private:
    std::unordered_set<std::string> words_;
};

}  // namespace mss
