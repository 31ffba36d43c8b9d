#include "entities/person_cues.h"

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

}  // namespace

PersonCues PersonCues::parse(std::string_view titles, std::string_view not_name_words,
                             std::string_view organisation_words, std::string_view given_names,
                             std::string_view royal_titles, std::string_view company_words,
                             std::string_view firm_name_words) {
    PersonCues cues;
    cues.titles_ = folded_word_set(titles);
    cues.royal_titles_ = folded_word_set(royal_titles);
    cues.not_name_words_ = folded_word_set(not_name_words);
    cues.organisation_words_ = folded_word_set(organisation_words);
    cues.company_words_ = folded_word_set(company_words);
    cues.firm_name_words_ = folded_word_set(firm_name_words);
    cues.given_names_ = folded_word_set(given_names);
    return cues;
}

PersonCues PersonCues::load(const std::string& entities_dir) {
    return parse(read_data_file(entities_dir + "/person_titles.txt"),
                 read_data_file(entities_dir + "/not_name_words.txt"),
                 read_data_file(entities_dir + "/organisation_words.txt"),
                 read_data_file(entities_dir + "/given_names.txt"),
                 read_data_file(entities_dir + "/royal_titles.txt"),
                 read_data_file(entities_dir + "/company_words.txt"),
                 read_data_file(entities_dir + "/firm_name_words.txt"));
}

bool PersonCues::is_title(const std::string& folded_word) const {
    return titles_.count(folded_word) != 0 || royal_titles_.count(folded_word) != 0;
}

bool PersonCues::is_royal_title(const std::string& folded_word) const {
    return royal_titles_.count(folded_word) != 0;
}

bool PersonCues::is_not_name(const std::string& folded_word) const {
    return not_name_words_.count(folded_word) != 0 || organisation_words_.count(folded_word) != 0;
}

bool PersonCues::is_organisation_word(const std::string& folded_word) const {
    return organisation_words_.count(folded_word) != 0;
}

bool PersonCues::is_company_word(const std::string& folded_word) const {
    return (company_words_.count(folded_word) != 0 || is_firm_name_word(folded_word)) &&
           is_organisation_word(folded_word);
}

bool PersonCues::is_firm_name_word(const std::string& folded_word) const {
    return firm_name_words_.count(folded_word) != 0;
}

bool PersonCues::is_given_name(const std::string& folded_word) const {
    return given_names_.count(folded_word) != 0;
}

}  // namespace mss
