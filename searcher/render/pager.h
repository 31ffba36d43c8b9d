// Sends a command's output through a pager when a person asks for one (mss-search --pager).
#pragma once

#include <string>

namespace mss {

// Writes `text` to standard output: through $PAGER (else "less -R", which keeps colours) when
// standard output is a terminal, else directly, so piped output never waits on a pager.
void write_paged(const std::string& text);

}  // namespace mss
