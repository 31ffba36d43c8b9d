#include <catch2/catch.hpp>

#include <fstream>

#include "index_layout.h"
#include "scratch_folder.h"

namespace fs = std::filesystem;

TEST_CASE("publishing points the stub at the new generation", "[layout]") {
    const ScratchFolder scratch;
    const mss::IndexLayout layout(scratch.path());
    CHECK_FALSE(layout.live_generation());
    const auto first = layout.next_generation();
    CHECK(first.filename() == "gen-000001");
    fs::create_directory(first);
    layout.publish(first);
    CHECK(layout.live_generation() == first);
    CHECK(layout.next_generation().filename() == "gen-000002");
    std::ifstream stub(scratch.path() / "XAPIANDB");
    std::string line;
    std::getline(stub, line);
    CHECK(line == "auto gen-000001");
    CHECK_FALSE(fs::exists(scratch.path() / "XAPIANDB.new"));
}

TEST_CASE("stale generations go, the live one and the one before it stay", "[layout]") {
    const ScratchFolder scratch;
    const mss::IndexLayout layout(scratch.path());
    for (const char* name : {"gen-000001", "gen-000002", "gen-000003", "gen-000004"}) {
        fs::create_directory(scratch.path() / name);
    }
    layout.publish(scratch.path() / "gen-000003");
    const auto removed = layout.remove_stale_generations();
    // 000001 is older than the previous generation; 000004 is a rebuild that never went live.
    CHECK(removed.size() == 2);
    CHECK_FALSE(fs::exists(scratch.path() / "gen-000001"));
    CHECK(fs::exists(scratch.path() / "gen-000002"));
    CHECK(fs::exists(scratch.path() / "gen-000003"));
    CHECK_FALSE(fs::exists(scratch.path() / "gen-000004"));
}
