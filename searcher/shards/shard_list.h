// The shards an index is made of, as its Xapian stub file lists them. An index folder's stub
// (INDEX/XAPIANDB) names one generation, or one line per shard for a sharded index; a stub file
// given directly may list local folders and remote xapian-tcpsrv servers alike:
//
//   auto shard-1-of-2            a local index folder or database, relative to the stub
//   remote 10.0.0.7:7001         a xapian-tcpsrv server (":7001" means localhost)
//   # comments and blank lines are ignored
//
// This is Xapian's own stub format (any Xapian tool opens the same file); the searcher reads it
// itself to open each shard on its own, so it can set timeouts, name a shard that fails, and go on
// without it when asked to.
#pragma once

#include <string>
#include <vector>

namespace mss {

struct ShardAddress {
    enum class Kind { kLocal, kRemoteTcp, kRemoteProgram };
    Kind kind = Kind::kLocal;
    std::string name;     // as written after the backend word, for messages: "127.0.0.1:7001"
    std::string path;     // kLocal: the folder, resolved against the stub's folder
    std::string host;     // kRemoteTcp
    unsigned port = 0;    // kRemoteTcp
    std::string program;  // kRemoteProgram: the command and its arguments
    std::string args;
};

// The stub file of `index`: the XAPIANDB in an index folder, or `index` itself when it is a file.
std::string stub_file(const std::string& index);

// The shards `index` names: a folder with a XAPIANDB stub, or a stub file. Throws
// IndexMissingError when there is no index there, or naming the file and line of a bad entry.
std::vector<ShardAddress> read_shard_list(const std::string& index);

}  // namespace mss
