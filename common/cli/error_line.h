// The one line a tool prints on stderr for a library error, and the hints the library leaves to
// the tools because they name commands and flags. Front-end code only.
#pragma once

#include <string>

#include <mss/error.h>
#include <mss/terminal_text.h>

namespace mss::cli {

// "message" made safe for a terminal, with how to go on where the tools know it: a folder that
// holds no index says how to build one, a busy index how to wait for it.
inline std::string error_line(const Error& error) {
    std::string line = terminal_text(error.what());
    if (const auto* missing = dynamic_cast<const IndexMissingError*>(&error);
        missing != nullptr && missing->never_built()) {
        line +=
            "; build one with: mss-index --index " + terminal_text(missing->index()) + " PATH...";
    } else if (error.kind() == ErrorKind::kIndexBusy) {
        line += " (use --wait to wait)";
    }
    return line;
}

}  // namespace mss::cli
