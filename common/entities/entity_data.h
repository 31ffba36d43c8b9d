// Assembling the entity registry an index is built with: ICU's countries (English and French
// names), the data files in DATA/entities/, then any files the user adds (mss-index --entities
// FILE).
#pragma once

#include <string>
#include <vector>

#include "entities/entity_registry.h"

namespace mss {

// The data files read from DATA/entities/, in this order.
inline constexpr const char* kEntityDataFiles[] = {"countries.tsv", "people.tsv",
                                                   "organisations.tsv", "places.tsv"};

// ICU French country names not taken as names (iso_countries_in_french), one per line.
inline constexpr const char* kFrenchCountryNamesLeftOut = "french_country_names_left_out.txt";

// Throws mss::IoError when a shipped file is missing, mss::InputError (naming file and line) for
// a malformed line in any file.
EntityRegistry load_entity_registry(const std::string& entities_dir,
                                    const std::vector<std::string>& extra_files);

}  // namespace mss
