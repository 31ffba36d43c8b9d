#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include <mss/index.h>

#include "query/mentioned_dates.h"
#include "schema.h"
#include "scratch_folder.h"

namespace {

// An index written by IndexWriter, as a program feeding it writes one, of articles with the ids
// and bodies given: the date terms are the ones the indexer finds in the text.
struct MentionIndex {
    ScratchFolder scratch;
    std::string path = (scratch.path() / "index").string();

    explicit MentionIndex(const std::vector<std::pair<std::string, std::string>>& articles) {
        mss::IndexWriter writer(path, {MSS_SOURCE_DIR, {}});
        for (const auto& [id, body] : articles) {
            mss::Article article;
            article.id = id;
            article.path = id;
            article.title = "Patrol report";
            article.body = body;
            writer.add(article);
        }
        writer.commit();
    }
};

std::set<std::string> matching(const MentionIndex& index, const mss::DateRange& range) {
    const Xapian::Database database(index.path);
    Xapian::Enquire enquire(database);
    enquire.set_query(mss::mentioned_dates_query(&database, range));
    std::set<std::string> found;
    for (const auto docid : enquire.get_mset(0, database.get_doccount())) {
        auto term = database.termlist_begin(docid);
        term.skip_to(mss::schema::kIdPrefix);
        found.insert((*term).substr(1));
    }
    return found;
}

using Ids = std::set<std::string>;

}  // namespace

TEST_CASE("a range finds the days mentioned in it, and months only when wholly inside",
          "[mentioned_dates]") {
    const MentionIndex index({
        {"jan-18", "Officers patrolled on January 18, 2025 in Delmas."},
        {"february", "The mission grew in February 2025, officials said."},
        {"feb-28", "A convoy left on February 28, 2025 for the airport."},
        {"mar-1", "The airport reopened on March 1, 2025 after weeks."},
        {"none", "The patrol went on without a date in view."},
    });
    CHECK(matching(index, {"2025-01-18", "2025-01-18"}) == Ids{"jan-18"});
    // All of February: the month mention and the day in it, whatever the month's length.
    CHECK(matching(index, {"2025-02-01", "2025-02-28"}) == Ids{"february", "feb-28"});
    // Part of February: the day, not "February 2025", which may mean any of its days.
    CHECK(matching(index, {"2025-02-20", "2025-03-05"}) == Ids{"feb-28", "mar-1"});
    CHECK(matching(index, {std::nullopt, "2025-01-31"}) == Ids{"jan-18"});
    CHECK(matching(index, {"2025-03-01", std::nullopt}) == Ids{"mar-1"});
    CHECK(matching(index, {"2026-01-01", "2026-12-31"}).empty());
}
