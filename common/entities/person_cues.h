// The word lists that let the extractor find people the data files do not name
// (entities/person_titles.txt and entities/not_name_words.txt, documented in entities/README.md).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace mss {

class PersonCues {
  public:
    PersonCues() = default;

    // Each text is one word per line, '#' comments; words are stored by their index form
    // (normalise_word), so matching ignores case and accents.
    static PersonCues parse(std::string_view titles, std::string_view not_name_words);

    // Reads person_titles.txt and not_name_words.txt from `entities_dir`.
    // Throws mss::IoError when one cannot be read.
    static PersonCues load(const std::string& entities_dir);

    // "President", "Sen." (as folded: "president", "sen").
    bool is_title(const std::string& folded_word) const;
    // "Bank", "Monday", "The": capitalised, but never part of a name.
    bool is_not_name(const std::string& folded_word) const;

  private:
    std::unordered_set<std::string> titles_;
    std::unordered_set<std::string> not_name_words_;
};

}  // namespace mss
