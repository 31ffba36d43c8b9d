// Exit statuses of the command-line tools, and the mapping from the library's error kinds to
// them. Front-end code only: the library reports an mss::ErrorKind and knows no exit codes.
// The README's exit-status tables and each tool's --help document these numbers.
#pragma once

#include <mss/error.h>

namespace mss::cli {

enum class ExitStatus : int {
    kResults = 0,           // mss-search found results; mss-index finished cleanly
    kNoResults = 1,         // mss-search found nothing
    kUsage = 2,             // bad command line or bad query
    kIndexMissing = 3,      // index missing or unreadable, or a shard of it down
    kFailure = 4,           // I/O or internal error
    kDoneWithWarnings = 5,  // mss-index finished but skipped or repaired some input
    kIndexBusy = 6,         // another writer holds the index (and --wait was not given)
    kInterrupted = 130,     // mss-index stopped by SIGINT/SIGTERM at a commit point (128 + 2)
};

constexpr int code(ExitStatus status) {
    return static_cast<int>(status);
}

constexpr ExitStatus exit_status_of(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::kBadQuery:
        case ErrorKind::kInvalidArgument:
        case ErrorKind::kTimeLimit:  // a query too costly to answer is a bad query
            return ExitStatus::kUsage;
        case ErrorKind::kIndexMissing:
        case ErrorKind::kShardUnavailable:
            return ExitStatus::kIndexMissing;
        case ErrorKind::kIndexBusy:
            return ExitStatus::kIndexBusy;
        case ErrorKind::kInterrupted:
            return ExitStatus::kInterrupted;
        case ErrorKind::kInput:
        case ErrorKind::kIo:
            return ExitStatus::kFailure;
    }
    return ExitStatus::kFailure;
}

}  // namespace mss::cli
