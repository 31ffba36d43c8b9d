#include "entities/place_countries.h"

#include <mss/error.h>

namespace mss {

PlaceCountries PlaceCountries::parse(std::string_view text, const std::string& source) {
    PlaceCountries links;
    std::size_t start = 0, line_number = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        ++line_number;
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        line = line.substr(0, line.find('#'));
        while (!line.empty() &&
               (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            continue;
        }
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size() ||
            line.find('\t', tab + 1) != std::string_view::npos) {
            throw InputError(source + ":" + std::to_string(line_number) +
                             ": expected place id<TAB>country id");
        }
        links.country_of_place_[std::string(line.substr(0, tab))] =
            std::string(line.substr(tab + 1));
    }
    return links;
}

const std::string* PlaceCountries::country_of(const std::string& place_id) const {
    const auto found = country_of_place_.find(place_id);
    return found == country_of_place_.end() ? nullptr : &found->second;
}

}  // namespace mss
