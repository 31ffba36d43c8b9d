// The command line shared by every peer binary:
//
//   PEER index DB ARTICLES.jsonl [--commit-every N]
//   PEER query DB QUERIES.tsv [--limit N] [--snippets] [--mode all|any] [--passes N]
//                             [--by-label] [--run FILE] [--run-tag TAG]
//
// Each command prints one JSON object on stdout with what it measured (articles/s, peak RSS,
// latency percentiles per pass), which bench/run turns into tables.
#pragma once

#include "search_peer.h"

namespace mss_bench {

// Returns the process exit code: 0 on success, 1 on a failure (message on stderr).
int run_peer_cli(int argc, char** argv, const std::string& peer_name, SearchPeer& peer);

}  // namespace mss_bench
