// Every ISO 3166 country and territory, named from ICU's English locale data, so names are never
// typed by hand: ids are lower-case alpha-2 codes ("ke", "ht", "us").
#pragma once

#include "entities/entity_registry.h"

namespace mss {

// Each region gets ICU's English name as display name, and as aliases its short name ("US",
// "UK"), the parts of a name with a parenthesis ("Myanmar (Burma)" -> "Myanmar", "Burma") or a
// " - " ("Congo - Kinshasa" -> "Congo - Kinshasa" only: "Congo" alone is ambiguous), and "&"
// spelled "and". Demonyms and other variants come from entities/countries.tsv.
EntityRegistry iso_countries();

}  // namespace mss
