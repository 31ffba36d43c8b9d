#include <mss/version.h>

namespace mss {

// Compiled into the library, so it reports the library's version even to a program built
// against other headers.
const char* version() noexcept {
    return kVersion;
}

}  // namespace mss
