#include <mss/error.h>

#include <cstddef>
#include <iterator>

namespace mss {

namespace {

// The names of the kinds, in the order ErrorKind declares them.
constexpr const char* kKindNames[] = {
    "bad-query",  "invalid-argument", "index-missing", "shard-unavailable",
    "index-busy", "interrupted",      "time-limit",    "input",
    "io"};
static_assert(std::size(kKindNames) == static_cast<std::size_t>(ErrorKind::kIo) + 1,
              "every ErrorKind has a name");

}  // namespace

const char* to_string(ErrorKind kind) noexcept {
    const auto index = static_cast<std::size_t>(kind);
    return index < std::size(kKindNames) ? kKindNames[index] : "unknown";
}

}  // namespace mss
