// A 64-bit hash that is the same on every platform and in every release (unlike std::hash), for
// values stored in an index: shortened ids, content hashes, analyser stamps.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mss {

// FNV-1a, 64 bit. `seed` chains calls: stable_hash(b, stable_hash(a)) hashes a then b.
std::uint64_t stable_hash(std::string_view bytes,
                          std::uint64_t seed = 14695981039346656037ull) noexcept;

// 16 lower-case hex digits.
std::string hash_hex(std::uint64_t hash);

}  // namespace mss
