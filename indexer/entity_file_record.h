// Which extra entity files (mss-index --entities) an index was built with, so that a later run
// keeps using them instead of silently rebuilding without them. Stored as index metadata
// (schema::kEntityFilesKey): a JSON array of {"path": absolute path, "hash": FNV-1a of the bytes}.
#pragma once

#include <string>
#include <vector>

namespace mss {

// The record of `files` as they are now. Throws mss::IoError when one cannot be read.
std::string record_entity_files(const std::vector<std::string>& files);

// The files a record names, after checking each still exists with the bytes it had. Throws
// mss::InputError naming the file when one is missing or changed: changing the entity data of an
// index is for the caller to ask for, not something a nightly run should infer. An empty or
// unparsable record names no files.
std::vector<std::string> recorded_entity_files(const std::string& record);

}  // namespace mss
