// The word lists that let the extractor find people the data files do not name
// (entities/person_titles.txt, royal_titles.txt, not_name_words.txt, organisation_words.txt,
// company_words.txt, firm_name_words.txt and given_names.txt, documented in entities/README.md).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

namespace mss {

class PersonCues {
  public:
    PersonCues() = default;

    // Each text is one word per line, '#' comments; words are stored by their index form
    // (normalise_word), so matching ignores case and accents.
    static PersonCues parse(std::string_view titles, std::string_view not_name_words,
                            std::string_view organisation_words = {},
                            std::string_view given_names = {}, std::string_view royal_titles = {},
                            std::string_view company_words = {},
                            std::string_view firm_name_words = {});

    // Reads the seven files from `entities_dir`. Throws mss::IoError when one cannot be read.
    static PersonCues load(const std::string& entities_dir);

    // "President", "Sen." (as folded: "president", "sen").
    bool is_title(const std::string& folded_word) const;
    // "King", "Sheikh", "Pope": a title of royalty or nobility (also a title), after which a name
    // is no commoner's surname.
    bool is_royal_title(const std::string& folded_word) const;
    // Every royal title, folded, one a line in byte order (schema::kRoyalTitlesKey).
    std::string royal_titles_lines() const;
    // "Bank", "Monday", "The": capitalised, but never part of a name (organisation words too).
    bool is_not_name(const std::string& folded_word) const;
    // "Bank", "Inc", "Ministry": a capitalised run right before one is an organisation's name.
    bool is_organisation_word(const std::string& folded_word) const;
    // "Inc", "Co", "Bank", "Securities" (organisation words too): a capitalised run right before
    // one is a firm's name.
    bool is_company_word(const std::string& folded_word) const;
    // Of those, "Bank", "Securities": part of the firm's name ("Chase Manhattan Bank"), where
    // "Inc" and "Co" are only its legal form ("Texaco").
    bool is_firm_name_word(const std::string& folded_word) const;
    // "Nigel", "Alan": a capitalised run starting with one is a person's name.
    bool is_given_name(const std::string& folded_word) const;

  private:
    // One word set per data file, in the order of kListFiles (person_cues.cpp).
    enum List {
        kTitles,
        kRoyalTitles,
        kNotNameWords,
        kOrganisationWords,
        kCompanyWords,
        kFirmNameWords,
        kGivenNames,
        kListCount
    };
    using ListTexts = std::array<std::string_view, kListCount>;

    static PersonCues from_texts(const ListTexts& texts);
    bool has(List list, const std::string& folded_word) const {
        return lists_[list].count(folded_word) != 0;
    }

    std::array<std::unordered_set<std::string>, kListCount> lists_;
};

}  // namespace mss
