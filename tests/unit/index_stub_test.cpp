#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <mss/error.h>

#include "check_cases.h"
#include "index_stub.h"
#include "scratch_folder.h"

namespace {

std::filesystem::path stub_with(const ScratchFolder& scratch, const std::string& text) {
    const auto path = scratch.path() / "XAPIANDB";
    std::ofstream(path) << text;
    return path;
}

}  // namespace

TEST_CASE("a stub's entries are read in order, without comments, blank lines or spaces",
          "[index-stub]") {
    const ScratchFolder scratch;
    const auto stub =
        stub_with(scratch, "# two shards\n\nauto shard-1-of-2  \r\n  remote 127.0.0.1:7001\n");
    const auto entries = mss::read_index_stub(stub);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).backend == "auto");
    CHECK(entries->at(0).name == "shard-1-of-2");
    CHECK(entries->at(0).where == stub.string() + ":3");
    CHECK(entries->at(1).backend == "remote");
    CHECK(entries->at(1).name == "127.0.0.1:7001");
    CHECK(entries->at(1).where == stub.string() + ":4");
}

TEST_CASE("no stub file is no entries; a backend naming nothing is an error at its line",
          "[index-stub]") {
    const ScratchFolder scratch;
    CHECK_FALSE(mss::read_index_stub(scratch.path() / "XAPIANDB"));
    const auto stub = stub_with(scratch, "auto gen-000001\nglass\n");
    try {
        mss::read_index_stub(stub);
        FAIL("no error");
    } catch (const mss::IndexMissingError& e) {
        CHECK(std::string(e.what()).find(stub.string() + ":2") != std::string::npos);
    }
}

TEST_CASE("only Xapian's local backend words name local databases", "[index-stub]") {
    mss::testing::check_all(mss::is_local_backend, {"auto", "glass", "chert"});
    CHECK_FALSE(mss::is_local_backend("remote"));
    CHECK_FALSE(mss::is_local_backend("inmemory"));
}
