#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <mss/error.h>

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

namespace {

bool exists(const ScratchFolder& scratch, const char* name) {
    return fs::exists(scratch.path() / name);
}

// Publishes `count` generations one after the other, as that many rebuilds do.
void publish_generations(const mss::IndexLayout& layout, int count) {
    for (int k = 0; k < count; ++k) {
        layout.publish(layout.begin_generation());
    }
}

void write_stub(const ScratchFolder& scratch, const std::string& text) {
    std::ofstream(scratch.path() / "XAPIANDB", std::ios::trunc) << text;
}

// Three generations published, then the stub pointed elsewhere by hand and stale generations
// removed: whether that threw IndexMissingError, and the numbers of the generations left.
std::pair<bool, std::vector<int>> clean_after_pointing_stub_at(const std::string& stub) {
    const ScratchFolder scratch;
    const mss::IndexLayout layout(scratch.path());
    publish_generations(layout, 3);
    write_stub(scratch, stub);
    bool threw = false;
    try {
        layout.remove_stale_generations();
    } catch (const mss::IndexMissingError&) {
        threw = true;
    }
    std::vector<int> kept;
    for (const char* name : {"gen-000001", "gen-000002", "gen-000003"}) {
        if (exists(scratch, name)) {
            kept.push_back(name[9] - '0');
        }
    }
    return {threw, kept};
}

}  // namespace

TEST_CASE("only generations the index retired or left half-built are removed", "[layout]") {
    const ScratchFolder scratch;
    const mss::IndexLayout layout(scratch.path());
    publish_generations(layout, 3);
    const auto killed_rebuild = layout.begin_generation();
    CHECK(killed_rebuild.filename() == "gen-000004");
    fs::create_directory(scratch.path() / "gen-000001.bak");
    fs::create_directory(scratch.path() / "gen-notes");
    const auto removed = layout.remove_stale_generations();
    CHECK(removed.size() == 2);
    CHECK_FALSE(exists(scratch, "gen-000001"));  // retired two publishes ago
    CHECK(exists(scratch, "gen-000002"));        // retired last: searches may still use it
    CHECK(exists(scratch, "gen-000003"));        // live
    CHECK_FALSE(exists(scratch, "gen-000004"));  // never published
    CHECK(exists(scratch, "gen-000001.bak"));
    CHECK(exists(scratch, "gen-notes"));
}

TEST_CASE("a missing stub beside complete generations removes nothing and names the newest",
          "[layout]") {
    const ScratchFolder scratch;
    const mss::IndexLayout layout(scratch.path());
    publish_generations(layout, 2);
    fs::remove(scratch.path() / "XAPIANDB");
    try {
        layout.remove_stale_generations();
        FAIL("no error for a missing stub");
    } catch (const mss::IndexMissingError& e) {
        CHECK(std::string(e.what()).find("auto gen-000002") != std::string::npos);
    }
    CHECK(exists(scratch, "gen-000001"));
    CHECK(exists(scratch, "gen-000002"));
}

TEST_CASE("a stub naming a missing generation removes nothing", "[layout]") {
    CHECK(clean_after_pointing_stub_at("auto gen-000009\n") ==
          std::pair<bool, std::vector<int>>{true, {1, 2, 3}});
}

TEST_CASE("a stub pointed back at an older generation keeps the newer one", "[layout]") {
    CHECK(clean_after_pointing_stub_at("auto gen-000002\n") ==
          std::pair<bool, std::vector<int>>{false, {2, 3}});
}

TEST_CASE("a first build killed before it was published is cleared", "[layout]") {
    const ScratchFolder scratch;
    const mss::IndexLayout layout(scratch.path());
    layout.begin_generation();
    CHECK(layout.remove_stale_generations().size() == 1);
    CHECK_FALSE(exists(scratch, "gen-000001"));
}
