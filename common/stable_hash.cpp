#include "stable_hash.h"

#include <cstdio>

namespace mss {

std::uint64_t stable_hash(std::string_view bytes, std::uint64_t seed) noexcept {
    std::uint64_t hash = seed;
    for (const unsigned char c : bytes) {
        hash = (hash ^ c) * 1099511628211ull;
    }
    return hash;
}

std::string hash_hex(std::uint64_t hash) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace mss
