// The cue that a capitalised run of two or more words names a firm, not a person: what firms do
// and people do not, right after their name ("Morgan Stanley said it would buy", "Wyse Technology
// shares"). The person finder leaves such runs to the organisations.
//
// Thread-safety: a pure function, callable from any thread.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

namespace mss {

// True when the name of tokens `first` to `last` (inclusive) is used as a firm's in `text`.
bool used_as_firm(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                  std::size_t last);

}  // namespace mss
