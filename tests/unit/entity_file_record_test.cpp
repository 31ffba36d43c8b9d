#include <catch2/catch.hpp>

#include <mss/error.h>

#include "entity_file_record.h"
#include "scratch_folder.h"

TEST_CASE("recorded entity files are given back while they are unchanged", "[entity-record]") {
    const ScratchFolder scratch;
    const auto file = scratch.write("more.tsv", "organisation\tfob\tForward Operating Base\n");
    const std::string record = mss::record_entity_files({file.string()});
    const auto files = mss::recorded_entity_files(record);
    REQUIRE(files.size() == 1);
    CHECK(files[0] == file.string());
}

TEST_CASE("a recorded entity file that changed or vanished is an error naming it",
          "[entity-record]") {
    const ScratchFolder scratch;
    const auto file = scratch.write("more.tsv", "organisation\tfob\tForward Operating Base\n");
    const std::string record = mss::record_entity_files({file.string()});
    scratch.write("more.tsv", "organisation\tfob\tForward Base\n");
    CHECK_THROWS_WITH(mss::recorded_entity_files(record),
                      Catch::Contains("more.tsv") && Catch::Contains("changed"));
    std::filesystem::remove(file);
    CHECK_THROWS_AS(mss::recorded_entity_files(record), mss::InputError);
}

TEST_CASE("an index without a record of entity files names none", "[entity-record]") {
    CHECK(mss::recorded_entity_files("").empty());
    CHECK(mss::recorded_entity_files("[]").empty());
}
