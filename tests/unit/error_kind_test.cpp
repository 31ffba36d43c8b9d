#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <mss/error.h>

#include "exit_status.h"

using mss::ErrorKind;
using mss::cli::ExitStatus;

TEST_CASE("each error class carries its kind") {
    CHECK(mss::QueryError("x", 3).kind() == ErrorKind::kBadQuery);
    CHECK(mss::InvalidArgumentError("x").kind() == ErrorKind::kInvalidArgument);
    CHECK(mss::IndexMissingError("x").kind() == ErrorKind::kIndexMissing);
    CHECK(mss::ShardUnavailableError("x", "tcp 127.0.0.1 1").kind() ==
          ErrorKind::kShardUnavailable);
    CHECK(mss::IndexBusyError("x").kind() == ErrorKind::kIndexBusy);
    CHECK(mss::InterruptedError("x").kind() == ErrorKind::kInterrupted);
    CHECK(mss::TimeLimitError("x", 2.5).kind() == ErrorKind::kTimeLimit);
    CHECK(mss::TimeLimitError("x", 2.5).seconds() == 2.5);
    CHECK(mss::InputError("x").kind() == ErrorKind::kInput);
    CHECK(mss::IoError("x").kind() == ErrorKind::kIo);
}

TEST_CASE("an index that was never built names the place, one that cannot be read does not") {
    const auto absent = mss::IndexMissingError::nothing_at("/srv/idx");
    CHECK(absent.never_built());
    CHECK(absent.index() == "/srv/idx");
    CHECK(std::string(absent.what()) == "no index at /srv/idx");
    CHECK_FALSE(mss::IndexMissingError("cannot open").never_built());
}

TEST_CASE("error kinds have distinct stable names") {
    const ErrorKind kinds[] = {
        ErrorKind::kBadQuery,         ErrorKind::kInvalidArgument, ErrorKind::kIndexMissing,
        ErrorKind::kShardUnavailable, ErrorKind::kIndexBusy,       ErrorKind::kInterrupted,
        ErrorKind::kTimeLimit,        ErrorKind::kInput,           ErrorKind::kIo};
    std::set<std::string> names;
    for (const ErrorKind kind : kinds) {
        names.insert(mss::to_string(kind));
    }
    CHECK(names.size() == std::size(kinds));
    // The names Python's exceptions carry as .kind (docs/JSON.md), in the order of `kinds`.
    const std::vector<std::string> documented = {
        "bad-query",  "invalid-argument", "index-missing", "shard-unavailable",
        "index-busy", "interrupted",      "time-limit",    "input",
        "io"};
    std::vector<std::string> named;
    for (const ErrorKind kind : kinds) {
        named.emplace_back(mss::to_string(kind));
    }
    CHECK(named == documented);
}

TEST_CASE("the tools map error kinds to the documented exit statuses") {
    using mss::cli::exit_status_of;
    CHECK(exit_status_of(ErrorKind::kBadQuery) == ExitStatus::kUsage);
    CHECK(exit_status_of(ErrorKind::kInvalidArgument) == ExitStatus::kUsage);
    CHECK(exit_status_of(ErrorKind::kIndexMissing) == ExitStatus::kIndexMissing);
    CHECK(exit_status_of(ErrorKind::kShardUnavailable) == ExitStatus::kIndexMissing);
    CHECK(exit_status_of(ErrorKind::kIndexBusy) == ExitStatus::kIndexBusy);
    CHECK(exit_status_of(ErrorKind::kInterrupted) == ExitStatus::kInterrupted);
    CHECK(exit_status_of(ErrorKind::kTimeLimit) == ExitStatus::kUsage);
    CHECK(exit_status_of(ErrorKind::kInput) == ExitStatus::kFailure);
    CHECK(exit_status_of(ErrorKind::kIo) == ExitStatus::kFailure);
    CHECK(mss::cli::code(ExitStatus::kInterrupted) == 130);
}
