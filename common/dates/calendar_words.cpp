#include "dates/calendar_words.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <mss/error.h>

#include "analysis/word_form.h"

namespace mss {
namespace {

// `list` and `count` as ICU's getters return them; names[i] maps to i + offset.
void add_names(std::unordered_map<std::string, int>& names, const icu::UnicodeString* list,
               int32_t count, int first_index, int offset) {
    for (int32_t i = first_index; i < count; ++i) {
        std::string name;
        list[i].toUTF8String(name);
        const std::string folded = normalise_word(name);
        if (!folded.empty()) {
            names.emplace(folded, static_cast<int>(i) + offset);
        }
    }
}

}  // namespace

CalendarWords::CalendarWords() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale::getEnglish(), status);
    if (U_FAILURE(status)) {
        throw IoError(std::string("cannot load ICU calendar names: ") + u_errorName(status));
    }
    // The getters set `count`, so each call comes before the use of its count.
    int32_t count = 0;
    const icu::UnicodeString* months = symbols.getMonths(count);
    add_names(months_, months, count, 0, 1);
    const icu::UnicodeString* short_months = symbols.getShortMonths(count);
    add_names(months_, short_months, count, 0, 1);
    // Full weekday names only: "Sun" and "Wed" are too often something else. ICU's arrays start
    // at index 1 (UCAL_SUNDAY); we count Sunday as 0.
    const icu::UnicodeString* weekdays = symbols.getWeekdays(count);
    add_names(weekdays_, weekdays, count, 1, -1);
}

std::optional<int> CalendarWords::month(const std::string& folded_word) const {
    const auto found = months_.find(folded_word);
    return found == months_.end() ? std::nullopt : std::optional<int>(found->second);
}

std::optional<int> CalendarWords::weekday(const std::string& folded_word) const {
    const auto found = weekdays_.find(folded_word);
    return found == weekdays_.end() ? std::nullopt : std::optional<int>(found->second);
}

}  // namespace mss
