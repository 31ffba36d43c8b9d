// Reads Xapian's stub file format (a XAPIANDB file): one database per line, a backend word and
// what it names, as in
//
//   auto gen-000001              a local database, relative to the stub's folder
//   remote 10.0.0.7:7001         a xapian-tcpsrv server
//   # comments and blank lines are ignored
//
// The one parser of stubs: the index layout reads its live generation or shards with it, and the
// searcher the shards it opens.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mss {

struct StubEntry {
    std::string backend;  // "auto", "glass", "remote"…
    std::string name;     // the rest of the line, without surrounding space
    std::string where;    // "FILE:LINE", for messages
};

// The entries of the stub at `stub`, in order; nothing when there is no file to read there.
// Throws IndexMissingError naming the file and line of a backend word with nothing after it.
std::optional<std::vector<StubEntry>> read_index_stub(const std::filesystem::path& stub);

// Whether `backend` is one of Xapian 1.4's words for a local database (auto, glass, chert).
bool is_local_backend(const std::string& backend);

}  // namespace mss
