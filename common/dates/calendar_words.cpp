#include "dates/calendar_words.h"

#include <vector>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <mss/error.h>

#include "analysis/word_form.h"
#include "data_file.h"

namespace mss {
namespace {

// `list` and `count` as ICU's getters return them; names[i] maps to i + offset. Each name added
// is also put in `added`, when given.
void add_names(std::unordered_map<std::string, int>& names, const icu::UnicodeString* list,
               int32_t count, int first_index, int offset,
               std::vector<std::string>* added = nullptr) {
    for (int32_t i = first_index; i < count; ++i) {
        std::string name;
        list[i].toUTF8String(name);
        // French short forms carry their dot ("janv."), which the text's word leaves out.
        if (!name.empty() && name.back() == '.') {
            name.pop_back();
        }
        const std::string folded = normalise_word(name);
        if (!folded.empty()) {
            names.emplace(folded, static_cast<int>(i) + offset);
            if (added != nullptr) {
                added->push_back(folded);
            }
        }
    }
}

}  // namespace

CalendarWords::CalendarWords() {
    // English first: where a short form is both ("mar" is not French, "mars" is), English wins.
    for (const icu::Locale& locale : {icu::Locale::getEnglish(), icu::Locale::getFrench()}) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols(locale, status);
        if (U_FAILURE(status)) {
            throw IoError(std::string("cannot load ICU calendar names: ") + u_errorName(status));
        }
        // French writes its full month and weekday names in lower case.
        std::vector<std::string> lower_case_names;
        std::vector<std::string>* lower_case =
            locale == icu::Locale::getFrench() ? &lower_case_names : nullptr;
        // The getters set `count`, so each call comes before the use of its count.
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count);
        add_names(months_, months, count, 0, 1, lower_case);
        const icu::UnicodeString* short_months = symbols.getShortMonths(count);
        add_names(months_, short_months, count, 0, 1);
        // Full weekday names only: "Sun" and "Wed" are too often something else. ICU's arrays
        // start at index 1 (UCAL_SUNDAY); we count Sunday as 0.
        const icu::UnicodeString* weekdays = symbols.getWeekdays(count);
        add_names(weekdays_, weekdays, count, 1, -1, lower_case);
        for (const std::string& name : lower_case_names) {
            add_lower_case(name);
        }
    }
}

CalendarWords::CalendarWords(std::string_view extra_names, const std::string& source)
    : CalendarWords() {
    for (const DataLine& line : data_lines(extra_names)) {
        const auto where = source + ":" + std::to_string(line.number) + ": ";
        const std::string_view text = line.text;
        const std::size_t tab1 = text.find('\t');
        const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : text.find('\t', tab1 + 1);
        if (tab2 == std::string_view::npos) {
            throw InputError(where + "expected month|weekday<TAB>number<TAB>name");
        }
        const std::string_view kind = text.substr(0, tab1);
        const std::string number_text(text.substr(tab1 + 1, tab2 - tab1 - 1));
        const std::string name = normalise_word(text.substr(tab2 + 1));
        int number = -1;
        if (number_text.size() <= 2 &&
            number_text.find_first_not_of("0123456789") == std::string::npos &&
            !number_text.empty()) {
            number = std::stoi(number_text);
        }
        const bool month = kind == "month" && number >= 1 && number <= 12;
        const bool weekday = kind == "weekday" && number >= 0 && number <= 6;
        if ((!month && !weekday) || name.empty()) {
            throw InputError(where + "expected month 1-12 or weekday 0-6 (Sunday) and a name");
        }
        (month ? months_ : weekdays_).emplace(name, number);
        add_lower_case(name);
    }
}

std::optional<int> CalendarWords::month(const std::string& folded_word) const {
    const auto found = months_.find(folded_word);
    return found == months_.end() ? std::nullopt : std::optional<int>(found->second);
}

std::optional<int> CalendarWords::weekday(const std::string& folded_word) const {
    const auto found = weekdays_.find(folded_word);
    return found == weekdays_.end() ? std::nullopt : std::optional<int>(found->second);
}

void CalendarWords::add_lower_case(const std::string& folded_word) {
    lower_case_.insert(folded_word);
    if (folded_word.size() < 32) {
        lower_case_shapes_[static_cast<unsigned char>(folded_word.front())] |=
            std::uint32_t{1} << folded_word.size();
    }
}

bool CalendarWords::written_in_lower_case(const std::string& folded_word) const {
    if (folded_word.empty() || folded_word.size() >= 32 ||
        (lower_case_shapes_[static_cast<unsigned char>(folded_word.front())] &
         (std::uint32_t{1} << folded_word.size())) == 0) {
        return false;
    }
    return lower_case_.count(folded_word) != 0;
}

}  // namespace mss
