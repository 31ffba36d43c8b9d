// Assembling the entity registry an index is built with: ICU's countries, the data files in
// DATA/entities/, then any files the user adds (mss-index --entities FILE).
#pragma once

#include <string>
#include <vector>

#include "entities/entity_registry.h"

namespace mss {

// The data files read from DATA/entities/, in this order.
inline constexpr const char* kEntityDataFiles[] = {"countries.tsv", "people.tsv",
                                                   "organisations.tsv", "places.tsv"};

// Throws mss::IoError when a shipped file is missing, mss::InputError (naming file and line) for
// a malformed line in any file.
EntityRegistry load_entity_registry(const std::string& entities_dir,
                                    const std::vector<std::string>& extra_files);

}  // namespace mss
