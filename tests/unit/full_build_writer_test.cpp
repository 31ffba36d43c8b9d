#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include <xapian.h>

#include "full_build_writer.h"
#include "numbered_job.h"
#include "schema.h"
#include "scratch_folder.h"

namespace {

mss::DocumentJob job(int i) {
    return numbered_job(i, "mission " + std::string(static_cast<std::size_t>((i * 41) % 300), 'z'));
}

}  // namespace

TEST_CASE("a full build shows nothing in its generation until its commit merges the parts",
          "[writer]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    const auto generation = scratch.path() / "generation";
    std::filesystem::create_directories(generation);
    constexpr int kArticles = 1200;  // more than two parts of the writer
    {
        mss::FullBuildWriter writer(generation, 2, analysis, {{"format", "test"}});
        for (int i = 0; i < kArticles; ++i) {
            writer.write(job(i));
        }
        writer.flush();
        CHECK_THROWS(Xapian::Database(generation.string()));
        writer.commit();
    }
    CHECK_FALSE(std::filesystem::exists(generation / "parts"));
    const Xapian::Database database(generation.string());
    CHECK(database.get_doccount() == kArticles);
    CHECK(database.get_metadata("format") == "test");
    CHECK(database.get_termfreq("mission") == kArticles);
    for (int i = 0; i < kArticles; i += 97) {
        const std::string term = mss::schema::id_term("a" + std::to_string(i));
        REQUIRE(database.get_termfreq(term) == 1);
        CHECK(database.get_document(*database.postlist_begin(term))
                  .get_value(mss::schema::kContentHashSlot) == "hash" + std::to_string(i));
    }
}

TEST_CASE("a full build refuses to delete: it holds only what it wrote", "[writer]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    mss::FullBuildWriter writer(scratch.path() / "generation", 1, analysis, {});
    CHECK_THROWS_AS(writer.remove(1), std::logic_error);
}
