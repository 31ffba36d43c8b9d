#include "entities/person_cues.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "analysis/word_form.h"
#include "data_file.h"

namespace mss {
namespace {

std::unordered_set<std::string> folded_word_set(std::string_view text) {
    std::unordered_set<std::string> words;
    for (const DataLine& line : data_lines(text)) {
        words.insert(normalise_word(line.text));
    }
    return words;
}

// The file of each list, in List order.
constexpr const char* kListFiles[] = {
    "person_titles.txt", "royal_titles.txt",    "not_name_words.txt", "organisation_words.txt",
    "company_words.txt", "firm_name_words.txt", "given_names.txt",
};

}  // namespace

PersonCues PersonCues::from_texts(const ListTexts& texts) {
    PersonCues cues;
    for (std::size_t list = 0; list < kListCount; ++list) {
        cues.lists_[list] = folded_word_set(texts[list]);
    }
    return cues;
}

PersonCues PersonCues::parse(std::string_view titles, std::string_view not_name_words,
                             std::string_view organisation_words, std::string_view given_names,
                             std::string_view royal_titles, std::string_view company_words,
                             std::string_view firm_name_words) {
    return from_texts({titles, royal_titles, not_name_words, organisation_words, company_words,
                       firm_name_words, given_names});
}

PersonCues PersonCues::load(const std::string& entities_dir) {
    static_assert(std::size(kListFiles) == kListCount);
    std::array<std::string, kListCount> files;
    ListTexts texts;
    for (std::size_t list = 0; list < kListCount; ++list) {
        files[list] = read_data_file(entities_dir + "/" + kListFiles[list]);
        texts[list] = files[list];
    }
    return from_texts(texts);
}

bool PersonCues::is_title(const std::string& folded_word) const {
    return has(kTitles, folded_word) || has(kRoyalTitles, folded_word);
}

bool PersonCues::is_royal_title(const std::string& folded_word) const {
    return has(kRoyalTitles, folded_word);
}

std::string PersonCues::royal_titles_lines() const {
    std::vector<std::string> sorted(lists_[kRoyalTitles].begin(), lists_[kRoyalTitles].end());
    std::sort(sorted.begin(), sorted.end());
    std::string lines;
    for (const std::string& title : sorted) {
        lines += title + "\n";
    }
    return lines;
}

bool PersonCues::is_not_name(const std::string& folded_word) const {
    return has(kNotNameWords, folded_word) || has(kOrganisationWords, folded_word);
}

bool PersonCues::is_organisation_word(const std::string& folded_word) const {
    return has(kOrganisationWords, folded_word);
}

bool PersonCues::is_company_word(const std::string& folded_word) const {
    return (has(kCompanyWords, folded_word) || is_firm_name_word(folded_word)) &&
           is_organisation_word(folded_word);
}

bool PersonCues::is_firm_name_word(const std::string& folded_word) const {
    return has(kFirmNameWords, folded_word);
}

bool PersonCues::is_given_name(const std::string& folded_word) const {
    return has(kGivenNames, folded_word);
}

}  // namespace mss
