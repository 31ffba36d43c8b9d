// An index of the format before compressed stored text (format 12 and older: the document data is
// the article's JSON as it is, and there is no text dictionary) meets today's code: a reader reads
// its plain documents beside compressed ones, and the format-change rebuild carries over what it
// cannot read again from the sources, compressed in the new generation.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <xapian.h>

#include <mss/search.h>
#include <mss/version.h>

#include "index_layout.h"
#include "schema.h"
#include "source_index_fixture.h"
#include "stored_text.h"

namespace fs = std::filesystem;

namespace {

// The first four bytes of every zstd frame (RFC 8878, 3.1.1), little-endian 0xFD2FB528.
bool is_zstd_frame(const std::string& data) {
    return data.compare(0, 4, "\x28\xb5\x2f\xfd") == 0;
}

// Rewrites the live generation's documents whose id `turn_plain` accepts in the layout of format
// 12: the article's JSON stored as it is. With `whole_index`, the metadata too: no dictionary,
// and the format and analysis stamp of that format, as such an index records them.
template <typename Accept>
void write_previous_format(const fs::path& index, Accept turn_plain, bool whole_index) {
    Xapian::WritableDatabase database(mss::IndexLayout(index).live_generation()->string(),
                                      Xapian::DB_OPEN);
    const mss::StoredTextReader text = mss::StoredTextReader::of(database);
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        Xapian::Document document = database.get_document(*it);
        const std::string plain = text.restore(document.get_data());
        if (turn_plain(mss::schema::parse_article(plain).id)) {
            document.set_data(plain);
            database.replace_document(*it, document);
        }
    }
    if (whole_index) {
        database.set_metadata(mss::schema::kDictionaryKey, "");
        database.set_metadata(mss::schema::kFormatKey, std::to_string(mss::kIndexFormat - 1));
        database.set_metadata(mss::schema::kStampKey, "stamp of format 12");
    }
    database.commit();
}

std::string stored_data(const fs::path& index, const std::string& id) {
    const Xapian::Database database(index.string());
    const auto it = database.postlist_begin(mss::schema::id_term(id));
    REQUIRE(it != database.postlist_end(mss::schema::id_term(id)));
    return database.get_document(*it).get_data();
}

}  // namespace

TEST_CASE("a searcher reads plain and compressed stored articles of one index side by side",
          "[previous_format]") {
    SourceIndexFixture f;
    f.write("plain.txt", "Plain checkpoint report\nThe checkpoint at Delmas 33 reopened.");
    f.write("packed.txt", "Packed checkpoint report\nThe checkpoint at Carrefour reopened.");
    f.run();
    write_previous_format(
        f.index, [](const std::string& id) { return id == "plain.txt"; }, false);
    REQUIRE(stored_data(f.index, "plain.txt").front() == '{');
    REQUIRE(is_zstd_frame(stored_data(f.index, "packed.txt")));

    mss::Searcher searcher(f.index.string());
    const mss::SearchResult result = searcher.search("checkpoint");
    REQUIRE(result.hits.size() == 2);
    for (const mss::Hit& hit : result.hits) {
        CHECK(hit.title ==
              (hit.id == "plain.txt" ? "Plain checkpoint report" : "Packed checkpoint report"));
        CHECK(hit.snippet.find(hit.id == "plain.txt" ? "Delmas 33" : "Carrefour") !=
              std::string::npos);
    }
    CHECK(searcher.article("plain.txt")->article.body == "The checkpoint at Delmas 33 reopened.");
    CHECK(searcher.article("packed.txt")->article.body == "The checkpoint at Carrefour reopened.");
}

TEST_CASE(
    "a format-change rebuild of a plain-text index carries its unread articles over "
    "compressed and searchable",
    "[previous_format][update][feed]") {
    SourceIndexFixture f;
    f.write("wire.rss", feed_of({"g1", "g2"}));
    f.write("a.txt", "Alpha\nbody");
    const auto other =
        f.scratch.write("other/o.txt", "Omega convoy\nThe omega convoy reached Cite Soleil.");
    f.run({f.sources, other.parent_path()});
    write_previous_format(
        f.index, [](const std::string&) { return true; }, true);
    REQUIRE(stored_data(f.index, "g1").front() == '{');

    // Item g1 leaves the feed and the other root is gone: neither can be read again.
    f.write("wire.rss", feed_of({"g2", "g3"}));
    fs::remove_all(other.parent_path());
    const mss::IndexRunSummary summary = f.run();
    CHECK(summary.rebuilt);
    CHECK(summary.rebuild_reason.find("index format") != std::string::npos);
    CHECK(summary.kept == 2);  // g1 and o.txt, from their stored text
    const Xapian::Database rebuilt(f.index.string());
    CHECK(rebuilt.get_metadata(mss::schema::kFormatKey) == std::to_string(mss::kIndexFormat));
    CHECK(rebuilt.get_doccount() == 5);

    // The carried articles are stored compressed, and restore to the text the sources gave.
    const mss::StoredTextReader text = mss::StoredTextReader::of(rebuilt);
    const auto article_of = [&](const std::string& id) {
        const std::string data = stored_data(f.index, id);
        CHECK(is_zstd_frame(data));
        return mss::schema::parse_article(text.restore(data));
    };
    CHECK(article_of("g1").title == "Item g1");
    CHECK(article_of("g1").body == "Patrols resumed in Delmas g1.");
    const std::string omega_id = "o.txt";
    CHECK(article_of(omega_id).title == "Omega convoy");
    CHECK(article_of(omega_id).body == "The omega convoy reached Cite Soleil.");
    CHECK(is_zstd_frame(stored_data(f.index, "g3")));

    // And they are analysed again: found by their words, with their text in the results.
    mss::Searcher searcher(f.index.string());
    const mss::SearchResult g1 = searcher.search("g1");
    REQUIRE(g1.hits.size() == 1);
    CHECK(g1.hits[0].title == "Item g1");
    const mss::SearchResult omega = searcher.search("\"omega convoy\"");
    REQUIRE(omega.hits.size() == 1);
    CHECK(omega.hits[0].snippet.find("Cite Soleil") != std::string::npos);
}
