#include <catch2/catch.hpp>

#include <vector>

#include <xapian.h>

#include "numbered_job.h"
#include "parallel_rebuild.h"
#include "schema.h"
#include "scratch_folder.h"

namespace {

mss::DocumentJob job(int i) {
    // Uneven sizes, so one worker often runs ahead of the other.
    return numbered_job(
        i, std::string(static_cast<std::size_t>((i * 37) % 500), 'w') + " haiti mission");
}

}  // namespace

TEST_CASE("parts written on several threads merge into one database in the order of the parts",
          "[rebuild]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    const auto parts = scratch.path() / "target" / "parts";
    constexpr int kArticles = 230;
    constexpr int kThreads = 3;
    constexpr int kPerPart = 20;
    {
        mss::ParallelRebuild rebuild(parts, kThreads, analysis, kPerPart);
        for (int i = 0; i < kArticles; ++i) {
            rebuild.submit(job(i));
        }
        rebuild.finish(scratch.path() / "target", {{"key", "value"}});
    }
    CHECK_FALSE(std::filesystem::exists(parts));
    const Xapian::Database database((scratch.path() / "target").string());
    REQUIRE(database.get_doccount() == kArticles);
    CHECK(database.get_metadata("key") == "value");
    // Worker w holds parts w, w + kThreads, ...; the workers' databases are merged in turn.
    std::vector<int> expected_order;
    for (int worker = 0; worker < kThreads; ++worker) {
        for (int i = 0; i < kArticles; ++i) {
            if ((i / kPerPart) % kThreads == worker) {
                expected_order.push_back(i);
            }
        }
    }
    for (std::size_t position = 0; position < expected_order.size(); ++position) {
        const int i = expected_order[position];
        const std::string id_term = mss::schema::id_term("a" + std::to_string(i));
        const auto it = database.postlist_begin(id_term);
        REQUIRE(it != database.postlist_end(id_term));
        CHECK(*it == static_cast<Xapian::docid>(position + 1));
        CHECK(database.get_document(*it).get_value(mss::schema::kContentHashSlot) ==
              "hash" + std::to_string(i));
    }
    CHECK(database.get_termfreq("haiti") == kArticles);
}

TEST_CASE("a rebuild given no articles still writes an empty database with its metadata",
          "[rebuild]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    {
        mss::ParallelRebuild rebuild(scratch.path() / "target" / "parts", 2, analysis, 10);
        rebuild.finish(scratch.path() / "target", {{"key", "value"}});
    }
    const Xapian::Database database((scratch.path() / "target").string());
    CHECK(database.get_doccount() == 0);
    CHECK(database.get_metadata("key") == "value");
}

TEST_CASE("an abandoned rebuild removes its parts", "[rebuild]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    const auto parts = scratch.path() / "target" / "parts";
    {
        mss::ParallelRebuild rebuild(parts, 2, analysis, 5);
        for (int i = 0; i < 40; ++i) {
            rebuild.submit(job(i));
        }
    }
    CHECK_FALSE(std::filesystem::exists(parts));
}
