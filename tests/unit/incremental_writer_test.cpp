#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <xapian.h>

#include <mss/error.h>

#include "incremental_writer.h"
#include "numbered_job.h"
#include "schema.h"
#include "scratch_folder.h"

TEST_CASE("an incremental writer writes articles in the order given and reports each docid",
          "[writer]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    mss::IndexRunOptions options;
    options.batch_size = 1000;
    std::vector<std::pair<std::string, Xapian::docid>> written;
    {
        mss::IncrementalWriter writer(scratch.path() / "db", options, 2, analysis,
                                      [&](const mss::BuiltDocument& built, Xapian::docid id) {
                                          written.emplace_back(built.id_term, id);
                                      });
        for (int i = 0; i < 30; ++i) {
            // Uneven lengths, so the analysis threads finish out of order.
            writer.write(numbered_job(
                i, std::string(static_cast<std::size_t>((i * 53) % 700), 'w') + " kenya police"));
        }
        writer.flush();
        REQUIRE(written.size() == 30);
        // The writer's own view holds them before any commit.
        CHECK(writer.database().get_doccount() == 30);
        writer.commit();
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
        CHECK(written[i].first == mss::schema::id_term("a" + std::to_string(i)));
        CHECK(written[i].second == static_cast<Xapian::docid>(i + 1));
    }
    const Xapian::Database database((scratch.path() / "db").string());
    CHECK(database.get_doccount() == 30);
    CHECK(database.get_termfreq("kenya") == 30);
}

TEST_CASE("an incremental writer replaces an article by its id and deletes by docid", "[writer]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    const mss::IndexRunOptions options;
    const auto ignore = [](const mss::BuiltDocument&, Xapian::docid) {};
    {
        mss::IncrementalWriter writer(scratch.path() / "db", options, 1, analysis, ignore);
        writer.write(numbered_job(0, "kenya police"));
        writer.write(numbered_job(1, "haiti airport"));
        writer.flush();
        writer.commit();
    }
    {
        mss::IncrementalWriter writer(scratch.path() / "db", options, 1, analysis, ignore);
        writer.write(numbered_job(0, "gangs port", true));
        writer.flush();
        const std::string second = mss::schema::id_term("a1");
        writer.remove(*writer.database().postlist_begin(second));
        writer.commit();
    }
    const Xapian::Database database((scratch.path() / "db").string());
    CHECK(database.get_doccount() == 1);
    CHECK(database.get_termfreq(mss::schema::id_term("a0")) == 1);
    CHECK(database.get_termfreq("kenya") == 0);
    CHECK(database.get_termfreq("gangs") == 1);
    CHECK(database.get_termfreq(mss::schema::id_term("a1")) == 0);
}

TEST_CASE("a second incremental writer on a locked database is refused without waiting",
          "[writer]") {
    const ScratchFolder scratch;
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    mss::IndexRunOptions options;
    options.wait = false;
    const auto ignore = [](const mss::BuiltDocument&, Xapian::docid) {};
    const mss::IncrementalWriter first(scratch.path() / "db", options, 1, analysis, ignore);
    CHECK_THROWS_AS(mss::IncrementalWriter(scratch.path() / "db", options, 1, analysis, ignore),
                    mss::IndexBusyError);
}
