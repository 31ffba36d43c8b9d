// Every ISO 3166 country and territory, named from ICU's English locale data, so names are never
// typed by hand: ids are lower-case alpha-2 codes ("ke", "ht", "us").
#pragma once

#include <string>
#include <unordered_set>

#include "entities/entity_registry.h"

namespace mss {

// Each region gets ICU's English name as display name, and as aliases its short name ("US",
// "UK"), the parts of a name with a parenthesis ("Myanmar (Burma)" -> "Myanmar", "Burma") or a
// " - " ("Congo - Kinshasa" -> "Congo - Kinshasa" only: "Congo" alone is ambiguous), and "&"
// spelled "and". Demonyms and other variants come from entities/countries.tsv.
EntityRegistry iso_countries();

// The same regions named from ICU's French locale data ("États-Unis", "Haïti", "Royaume-Uni"),
// as aliases of an unnamed entity per region (merged into iso_countries(), the English name stays
// the display name), with the variants above ("Myanmar (Birmanie)" -> "Birmanie"). French short
// names ("É.-U.") are not taken: two letters would match initials. A name whose alias key
// (alias_key) is in `left_out` is left out: "Maurice" (Mauritius) is mostly a given name.
EntityRegistry iso_countries_in_french(const std::unordered_set<std::string>& left_out);

}  // namespace mss
