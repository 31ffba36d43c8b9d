// Month and weekday names, by index form: English and French from ICU's locale data
// (DateFormatSymbols), Haitian Creole from a data file (entities/haitian_creole_calendar.txt), as
// ICU has no Creole locale.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace mss {

class CalendarWords {
  public:
    // Loads ICU's English and French names once; immutable afterwards, so one instance may be
    // shared by threads.
    CalendarWords();

    // As above, plus the names of a data file in entities/haitian_creole_calendar.txt's format
    // (kind<TAB>number<TAB>name,
    // '#' comments). `source` names the file in errors; throws mss::InputError for a bad line.
    CalendarWords(std::string_view extra_names, const std::string& source);

    // "january", "jan", "janvier", "janv", "janvye" -> 1.
    std::optional<int> month(const std::string& folded_word) const;
    // "saturday", "samedi", "samdi" -> 6 (0 = Sunday).
    std::optional<int> weekday(const std::string& folded_word) const;

    // True for a name its language writes in lower case (French and Creole: "le 18 janvier",
    // "samedi"), which is then a date word in any case. English names count only capitalised
    // ("May", "March" and "Sun" are also words), and so do the abbreviations of every language.
    bool written_in_lower_case(const std::string& folded_word) const;

  private:
    std::unordered_map<std::string, int> months_;
    std::unordered_map<std::string, int> weekdays_;
    std::unordered_set<std::string> lower_case_;
    // Bit L of shapes_[c] is set when a name of lower_case_ starts with byte c and has L bytes:
    // most words are rejected without hashing, which matters as every word of a text is asked.
    std::array<std::uint32_t, 256> lower_case_shapes_{};
    void add_lower_case(const std::string& folded_word);
};

}  // namespace mss
