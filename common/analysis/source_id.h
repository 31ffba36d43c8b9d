// The id of an outlet ("Caribbean Wire" -> "caribbean-wire"): its words folded as the analyser
// folds them and joined by '-', so accents, case and punctuation in how a name is written (at
// index time in a feed, at search time in source:"...") do not make two outlets of one.
#pragma once

#include <string>
#include <string_view>

#include "analysis/analyzer.h"

namespace mss {

// "" when `name` has no words.
std::string source_id(Analyzer& analyzer, std::string_view name);

}  // namespace mss
