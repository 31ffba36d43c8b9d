// The one exception hierarchy the library throws across its public API. Every error a caller can
// act on is a subclass of mss::Error, carrying the exit code the command-line tools report for it.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace mss {

// Exit codes of mss-index and mss-search, documented in the README and in --help.
enum class ExitCode : int {
    kResults = 0,           // mss-search found results; mss-index finished cleanly
    kNoResults = 1,         // mss-search found nothing
    kUsage = 2,             // bad command line or bad query
    kIndexMissing = 3,      // index missing or unreadable
    kFailure = 4,           // I/O or internal error
    kDoneWithWarnings = 5,  // mss-index finished but skipped or repaired some input
    kIndexBusy = 6,         // another mss-index is writing the index (and --wait was not given)
    kInterrupted = 130,     // mss-index stopped by SIGINT/SIGTERM at a commit point (128 + 2)
};

class Error : public std::runtime_error {
  public:
    Error(const std::string& message, ExitCode code) : std::runtime_error(message), code_(code) {}
    ExitCode code() const noexcept { return code_; }

  private:
    ExitCode code_;
};

// A query the parser cannot make sense of. position() is the 0-based character offset in the
// query string where the problem was found.
class QueryError : public Error {
  public:
    QueryError(const std::string& message, std::size_t position)
        : Error(message, ExitCode::kUsage), position_(position) {}
    std::size_t position() const noexcept { return position_; }

  private:
    std::size_t position_;
};

// No index at the given place, or one that cannot be opened.
class IndexMissingError : public Error {
  public:
    explicit IndexMissingError(const std::string& message)
        : Error(message, ExitCode::kIndexMissing) {}
};

// A shard of the index (a local folder or a remote server listed in the index stub) that cannot
// be opened or stopped answering within its timeout. shard() names it as the stub does.
class ShardUnavailableError : public IndexMissingError {
  public:
    ShardUnavailableError(const std::string& message, std::string shard)
        : IndexMissingError(message), shard_(std::move(shard)) {}
    const std::string& shard() const noexcept { return shard_; }

  private:
    std::string shard_;
};

// Another writer holds the index's writer lock.
class IndexBusyError : public Error {
  public:
    explicit IndexBusyError(const std::string& message) : Error(message, ExitCode::kIndexBusy) {}
};

// A run stopped on request (SIGINT/SIGTERM) before it finished; what was committed stays.
class InterruptedError : public Error {
  public:
    explicit InterruptedError(const std::string& message)
        : Error(message, ExitCode::kInterrupted) {}
};

// A source file (or line of one) that cannot be read as an article.
class InputError : public Error {
  public:
    explicit InputError(const std::string& message) : Error(message, ExitCode::kFailure) {}
};

// Anything else that went wrong below us: disk, Xapian, corrupt data.
class IoError : public Error {
  public:
    explicit IoError(const std::string& message) : Error(message, ExitCode::kFailure) {}
};

}  // namespace mss
