#include <mss/error.h>

namespace mss {

const char* to_string(ErrorKind kind) noexcept {
    switch (kind) {
        case ErrorKind::kBadQuery:
            return "bad-query";
        case ErrorKind::kInvalidArgument:
            return "invalid-argument";
        case ErrorKind::kIndexMissing:
            return "index-missing";
        case ErrorKind::kShardUnavailable:
            return "shard-unavailable";
        case ErrorKind::kIndexBusy:
            return "index-busy";
        case ErrorKind::kInterrupted:
            return "interrupted";
        case ErrorKind::kTimeLimit:
            return "time-limit";
        case ErrorKind::kInput:
            return "input";
        case ErrorKind::kIo:
            return "io";
    }
    return "unknown";
}

}  // namespace mss
