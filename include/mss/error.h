// The one exception hierarchy the library throws across its public API. Every error a caller can
// act on is a subclass of mss::Error and carries a kind, so a caller can tell failures apart
// without parsing messages. The library maps nothing to process exit codes: each front end does
// that for itself (mss-search, mss-index and the Python module each document their own).
//
// Thread-safety: an error does not change once thrown; to_string() may be called from any thread.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace mss {

// What went wrong, in the terms a caller acts on.
enum class ErrorKind {
    kBadQuery,          // the query text cannot be parsed (QueryError)
    kInvalidArgument,   // a request field or option value is out of range or contradictory
    kIndexMissing,      // no index at the given place, or one that cannot be opened
    kShardUnavailable,  // a shard of a sharded index is down (ShardUnavailableError)
    kIndexBusy,         // another writer holds the index's writer lock
    kInterrupted,       // a run stopped on request before it finished
    kTimeLimit,         // a search ran past its time limit (TimeLimitError)
    kInput,             // a source file or line that cannot be read as an article
    kIo,                // disk, Xapian or corrupt data
};

// A stable lower-case name for `kind` ("bad-query", "index-missing", ...), as the Python
// module's exceptions carry it.
const char* to_string(ErrorKind kind) noexcept;

class Error : public std::runtime_error {
  public:
    Error(const std::string& message, ErrorKind kind) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const noexcept { return kind_; }

  private:
    ErrorKind kind_;
};

// A query the parser cannot make sense of. position() is the 0-based character offset in the
// query string where the problem was found.
class QueryError : public Error {
  public:
    QueryError(const std::string& message, std::size_t position)
        : Error(message, ErrorKind::kBadQuery), position_(position) {}
    std::size_t position() const noexcept { return position_; }

  private:
    std::size_t position_;
};

// An error that carries nothing but its kind and message: one class per kind, so a caller can
// catch the one it handles (the aliases below name them).
template <ErrorKind error_kind>
class KindError : public Error {
  public:
    explicit KindError(const std::string& message) : Error(message, error_kind) {}
};

// A request field or option value that is out of range or contradicts another (a date range
// that ends before it starts, a shard count of 0, an unknown template field).
using InvalidArgumentError = KindError<ErrorKind::kInvalidArgument>;

// No index at the given place, or one that cannot be opened.
class IndexMissingError : public Error {
  public:
    explicit IndexMissingError(const std::string& message)
        : Error(message, ErrorKind::kIndexMissing) {}

    // The place `index` holds no index at all (nothing was ever indexed there), as opposed to
    // one that exists but cannot be read: never_built() is true and index() names the place.
    static IndexMissingError nothing_at(const std::string& index) {
        IndexMissingError error("no index at " + index);
        error.never_built_ = index;
        return error;
    }
    bool never_built() const noexcept { return !never_built_.empty(); }
    const std::string& index() const noexcept { return never_built_; }

  protected:
    IndexMissingError(const std::string& message, ErrorKind kind) : Error(message, kind) {}

  private:
    std::string never_built_;
};

// A shard of the index (a local folder or a remote server listed in the index stub) that cannot
// be opened or stopped answering within its timeout. shard() names it as the stub does. A
// subclass of IndexMissingError: a caller that treats both alike needs one handler.
class ShardUnavailableError : public IndexMissingError {
  public:
    ShardUnavailableError(const std::string& message, std::string shard)
        : IndexMissingError(message, ErrorKind::kShardUnavailable), shard_(std::move(shard)) {}
    const std::string& shard() const noexcept { return shard_; }

  private:
    std::string shard_;
};

// Another writer holds the index's writer lock.
using IndexBusyError = KindError<ErrorKind::kIndexBusy>;

// A run stopped on request (SIGINT/SIGTERM) before it finished; what was committed stays.
using InterruptedError = KindError<ErrorKind::kInterrupted>;

// A search that ran past SearchRequest::time_limit_seconds and was stopped: a query too costly to
// answer in the time given. seconds() is the limit it ran past.
class TimeLimitError : public Error {
  public:
    TimeLimitError(const std::string& message, double seconds)
        : Error(message, ErrorKind::kTimeLimit), seconds_(seconds) {}
    double seconds() const noexcept { return seconds_; }

  private:
    double seconds_;
};

// A source file (or line of one) that cannot be read as an article.
using InputError = KindError<ErrorKind::kInput>;

// Anything else that went wrong below us: disk, Xapian, corrupt data.
using IoError = KindError<ErrorKind::kIo>;

}  // namespace mss
