// Version of the library and of the index format it reads and writes.
#pragma once

namespace mss {

// Version of the tools and the library, as reported by --version.
inline constexpr const char* kVersion = "0.1.0";

// Bumped whenever analysis or the index schema changes in a way that makes an existing index
// disagree with what a fresh build would write. Stored in every index's metadata.
inline constexpr int kIndexFormat = 6;

}  // namespace mss
