// Text from articles (titles, bodies, ids, file names) made safe to show on a terminal: it must
// never drive the terminal (clear the screen, set the window title, write the clipboard, make
// hyperlinks, query the cursor, ring the bell, move back over what was shown, or reorder it).
//
// Thread-safety: pure functions, callable from any thread; neither throws but std::bad_alloc.
#pragma once

#include <string>
#include <string_view>

namespace mss {

// `text` with every control character made visible or inert:
//  - newline and tab become a space (a shown line stays one line);
//  - other C0 controls and DEL become caret notation ("^[" for ESC, "^@" for NUL, "^?" for DEL);
//  - C1 controls (U+0080..U+009F) and bidirectional controls (U+061C, U+200E, U+200F,
//    U+202A..U+202E, U+2066..U+2069) become U+FFFD;
//  - a byte that is not part of well-formed UTF-8 becomes "\xNN", so a file name in another
//    encoding shows which bytes it holds.
// Everything else is kept as it is.
std::string terminal_text(std::string_view text);

// Escapes in `json` (text produced by a JSON serialiser) what JSON allows raw but a terminal
// acts on: DEL, C1 and bidirectional controls become \uXXXX escapes. The JSON value is unchanged.
std::string escape_json_controls(std::string_view json);

}  // namespace mss
