// The size of what a folder holds, for index sizes and for how much source text a run will read.
#pragma once

#include <cstdint>
#include <filesystem>

namespace mss {

// Bytes in the regular files under `folder`, recursively; what cannot be read counts as nothing.
std::uintmax_t folder_bytes(const std::filesystem::path& folder);

}  // namespace mss
