// English month and weekday names, from ICU's locale data (DateFormatSymbols), by index form.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

namespace mss {

class CalendarWords {
  public:
    // Loads the names once; immutable afterwards, so one instance may be shared by threads.
    CalendarWords();

    // "january", "jan" -> 1.
    std::optional<int> month(const std::string& folded_word) const;
    // "saturday", "sat" -> 6 (0 = Sunday).
    std::optional<int> weekday(const std::string& folded_word) const;

  private:
    std::unordered_map<std::string, int> months_;
    std::unordered_map<std::string, int> weekdays_;
};

}  // namespace mss
