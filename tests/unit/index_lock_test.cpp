#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>

#include <mss/error.h>

#include "index_lock.h"
#include "scratch_folder.h"

TEST_CASE("a second writer on the same index is refused while the first holds the lock", "[lock]") {
    const ScratchFolder scratch;
    std::optional<mss::IndexLock> first;
    first.emplace(scratch.path(), false, nullptr);
    CHECK_THROWS_AS(mss::IndexLock(scratch.path(), false, nullptr), mss::IndexBusyError);
    first.reset();
    CHECK_NOTHROW(mss::IndexLock(scratch.path(), false, nullptr));
}

TEST_CASE("a waiting writer gives up when asked to stop", "[lock]") {
    const ScratchFolder scratch;
    const mss::IndexLock first(scratch.path(), false, nullptr);
    const std::atomic<bool> stop{true};
    std::string told;
    CHECK_THROWS_AS(
        mss::IndexLock(
            scratch.path(), true, [&](const std::string& message) { told = message; }, &stop),
        mss::InterruptedError);
    CHECK(told.find("waiting") != std::string::npos);
}

TEST_CASE("removing files from the index folder does not let a second writer in", "[lock]") {
    const ScratchFolder scratch;
    const mss::IndexLock first(scratch.path(), false, nullptr);
    // What a person tidying up by hand might delete: the lock must not live in a file.
    std::filesystem::remove(scratch.path() / "writer.lock");
    CHECK_THROWS_AS(mss::IndexLock(scratch.path(), false, nullptr), mss::IndexBusyError);
}
