// Where a search's match runs, which decides the match spies it can use: a spy of our own runs
// only in this process, as xapian-tcpsrv knows only Xapian's built-in spies.
#pragma once

namespace mss {

enum class MatchedShards {
    kLocal,       // every database is opened from a folder here
    kWithRemote,  // at least one shard is a remote server
};

}  // namespace mss
