// Which country a place is in (entities/place_countries.tsv): a story datelined "NEW YORK" or set
// in Port-au-Prince is about the US or Haiti even when it never names the country.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace mss {

class PlaceCountries {
  public:
    PlaceCountries() = default;

    // Lines "place id<TAB>country id", '#' comments. `source` names the file in errors;
    // throws mss::InputError naming source:line for a malformed line.
    static PlaceCountries parse(std::string_view text, const std::string& source);

    // The country id of a place id, or nullptr.
    const std::string* country_of(const std::string& place_id) const;

  private:
    std::unordered_map<std::string, std::string> country_of_place_;
};

}  // namespace mss
