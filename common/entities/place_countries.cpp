#include "entities/place_countries.h"

#include <mss/error.h>

#include "data_file.h"

namespace mss {

PlaceCountries PlaceCountries::parse(std::string_view text, const std::string& source) {
    PlaceCountries links;
    for (const DataLine& line : data_lines(text)) {
        const std::size_t tab = line.text.find('\t');
        if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.text.size() ||
            line.text.find('\t', tab + 1) != std::string_view::npos) {
            throw InputError(source + ":" + std::to_string(line.number) +
                             ": expected place id<TAB>country id");
        }
        links.country_of_place_[std::string(line.text.substr(0, tab))] =
            std::string(line.text.substr(tab + 1));
    }
    return links;
}

const std::string* PlaceCountries::country_of(const std::string& place_id) const {
    const auto found = country_of_place_.find(place_id);
    return found == country_of_place_.end() ? nullptr : &found->second;
}

}  // namespace mss
