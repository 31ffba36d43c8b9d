#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>

#include <xapian.h>

#include <mss/error.h>
#include <mss/index.h>

#include "index_layout.h"
#include "schema.h"
#include "source_index_fixture.h"
#include "stored_text.h"

namespace fs = std::filesystem;

using Fixture = SourceIndexFixture;

TEST_CASE("a second run on unchanged sources re-analyses nothing and writes nothing", "[update]") {
    Fixture f;
    f.write({{"a.txt", "Alpha\nbody"}, {"b.txt", "Beta\nbody"}});
    const auto first = f.run();
    CHECK(first.added == 2);
    CHECK(first.wrote);
    const auto stub_time = fs::last_write_time(f.index / "XAPIANDB");
    const auto version_time = fs::last_write_time(f.index / "gen-000001" / "iamglass");
    const auto second = f.run();
    CHECK(second.unchanged == 2);
    CHECK(second.added + second.updated + second.deleted == 0);
    CHECK_FALSE(second.wrote);
    CHECK(fs::last_write_time(f.index / "XAPIANDB") == stub_time);
    CHECK(fs::last_write_time(f.index / "gen-000001" / "iamglass") == version_time);
}

TEST_CASE("changed articles are re-indexed and vanished ones removed", "[update]") {
    Fixture f;
    f.write({{"a.txt", "Alpha\nbody"}, {"b.txt", "Beta\nbody"}, {"sub/c.txt", "Gamma\nbody"}});
    f.run();
    f.write("a.txt", "Alpha revised\nbody");
    fs::remove(f.sources / "sub" / "c.txt");
    f.write("d.txt", "Delta\nbody");
    const auto summary = f.run();
    CHECK(summary.added == 1);
    CHECK(summary.updated == 1);
    CHECK(summary.unchanged == 1);
    CHECK(summary.deleted == 1);
    CHECK(f.article_count() == 3);
    CHECK(f.title_of("a.txt") == "Alpha revised");
}

TEST_CASE("with deletions off, articles whose file vanished stay", "[update]") {
    Fixture f;
    f.write({{"a.txt", "Alpha\nbody"}, {"b.txt", "Beta\nbody"}});
    f.run();
    fs::remove(f.sources / "b.txt");
    f.options.delete_missing = false;
    CHECK(f.run().deleted == 0);
    CHECK(f.article_count() == 2);
}

TEST_CASE("a run deletes only under the source roots it reads", "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    const auto wire = f.scratch.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"Wire\"}\n");
    f.run({f.sources, wire});
    CHECK(f.article_count() == 2);
    // Only the folder this time: the wire article is not "missing", it is not looked at.
    CHECK(f.run({f.sources}).deleted == 0);
    CHECK(f.article_count() == 2);
    f.scratch.write("wire.jsonl", "{\"id\":\"w2\",\"title\":\"Wire 2\"}\n");
    const auto summary = f.run({wire});
    CHECK(summary.added == 1);
    CHECK(summary.deleted == 1);
    CHECK(f.article_count() == 2);
}

TEST_CASE("a duplicate id is skipped with a warning naming both places", "[update]") {
    Fixture f;
    f.write("wire.jsonl", "{\"id\":\"x\",\"title\":\"One\"}\n{\"id\":\"x\",\"title\":\"Two\"}\n");
    f.write("b.txt", "Beta\nbody");
    f.write("sub/b.txt", "Beta again\nbody");
    // Spelled as a user might: relative, with a trailing slash; warnings spell paths so too.
    const std::string given = fs::relative(f.sources).string() + "/";
    const std::string other = fs::relative(f.sources / "sub").string();
    const auto summary = f.run({given, other});
    CHECK(summary.added == 3);
    CHECK(summary.skipped == 2);
    REQUIRE(f.warnings.size() == 2);
    CHECK(f.warnings[0].where == given + "wire.jsonl:2");
    CHECK(f.warnings[0].message.find("(first read from " + given + "wire.jsonl:1)") !=
          std::string::npos);
    // The second root holds its own b.txt, read again under the first root: sub/ is the first
    // root's too, so the innermost given root names it.
    CHECK(f.warnings[1].where == other + "/b.txt");
    CHECK(f.warnings[1].message.find("(first read from " + given + "b.txt)") != std::string::npos);
    CHECK(f.title_of("x") == "One");
}

TEST_CASE("changed analysis data rebuilds the whole index into a new generation", "[update]") {
    Fixture f;
    const auto data = f.scratch.path() / "data";
    fs::create_directories(data / "stopwords");
    fs::copy(fs::path(MSS_SOURCE_DIR) / "entities", data / "entities");
    std::ofstream(data / "stopwords" / "english.txt") << "the\n";
    std::ofstream(data / "stopwords" / "french.txt") << "la\n";
    std::ofstream(data / "stopwords" / "haitian_creole.txt") << "m\n";
    f.options.data_dir = data.string();
    f.write("a.txt", "Alpha\nbody");
    const auto other = f.scratch.write("other/o.txt", "Omega\nbody");
    f.run({f.sources});
    f.run({other.parent_path()});
    std::ofstream(data / "stopwords" / "english.txt") << "the\nof\n";
    const auto summary = f.run({f.sources});
    CHECK(summary.rebuilt);
    CHECK(summary.rebuild_reason.find("analysis") != std::string::npos);
    // Everything the old index held is carried over, not only the source given this time: read
    // again, its content unchanged.
    CHECK(summary.unchanged == 2);
    CHECK(summary.added + summary.kept == 0);
    CHECK(f.article_count() == 2);
    CHECK(mss::IndexLayout(f.index).live_generation()->filename() == "gen-000002");
    CHECK(fs::exists(f.index / "gen-000001"));  // the previous generation, for running searches
    CHECK_FALSE(f.run({f.sources}).rebuilt);
    // So are the French and Creole stopwords.
    std::ofstream(data / "stopwords" / "french.txt") << "la\nle\n";
    CHECK(f.run({f.sources}).rebuilt);
    CHECK_FALSE(f.run({f.sources}).rebuilt);
    // Extra entity data is analysis too.
    f.options.entity_files = {
        f.scratch.write("more.tsv", "person\tomega-man\tOmega Man\tOmega\n").string()};
    CHECK(f.run({f.sources}).rebuilt);
}

TEST_CASE("a rebuild keeps one previous generation and removes older ones", "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.run();
    f.options.rebuild = true;
    f.run();
    f.run();
    CHECK(mss::IndexLayout(f.index).live_generation()->filename() == "gen-000003");
    CHECK(fs::exists(f.index / "gen-000002"));
    CHECK_FALSE(fs::exists(f.index / "gen-000001"));
    CHECK(f.article_count() == 1);
}

TEST_CASE("a dry run reports the changes and writes nothing", "[update]") {
    Fixture f;
    f.write({{"a.txt", "Alpha\nbody"}, {"b.txt", "Beta\nbody"}});
    f.run();
    f.write("a.txt", "Alpha 2\nbody");
    fs::remove(f.sources / "b.txt");
    f.write("c.txt", "Gamma\nbody");
    f.options.dry_run = true;
    std::vector<std::string> planned;
    mss::IndexRunObserver observer;
    observer.on_planned_change = [&](const std::string& change) { planned.push_back(change); };
    const auto summary =
        mss::update_index(f.index.string(), {f.sources.string()}, f.options, observer);
    CHECK(planned == std::vector<std::string>{"update a.txt", "add c.txt", "delete b.txt"});
    CHECK_FALSE(summary.wrote);
    CHECK(f.article_count() == 2);
    CHECK(f.title_of("a.txt") == "Alpha");
}

TEST_CASE("a stop request ends the run early and leaves the index as it was", "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.run();
    f.write("b.txt", "Beta\nbody");
    const std::atomic<bool> stop{true};
    f.options.stop = &stop;
    const auto summary = f.run();
    CHECK(summary.interrupted);
    CHECK(f.article_count() == 1);
    f.options.stop = nullptr;
    CHECK(f.run().added == 1);
}

TEST_CASE("a second writer is refused while a run holds the index", "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.run();
    const mss::IndexWriter writer(f.index.string(), {MSS_SOURCE_DIR, {}});
    CHECK_THROWS_AS(f.run(), mss::IndexBusyError);
}

TEST_CASE("a run with a batch of one does not commit faster than searches can follow", "[update]") {
    // Glass keeps one previous revision: a search fails when two commits land while it reads,
    // however often it retries, if the writer commits every few milliseconds.
    Fixture f;
    f.write("first.txt", "First\nbody");
    f.run();
    const Xapian::rev before = Xapian::Database(f.index.string()).get_revision();
    for (int i = 0; i < 200; ++i) {
        f.write("a" + std::to_string(i) + ".txt", "Article " + std::to_string(i) + "\nbody");
    }
    f.options.batch_size = 1;
    const auto start = std::chrono::steady_clock::now();
    CHECK(f.run().added == 200);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Xapian::rev commits = Xapian::Database(f.index.string()).get_revision() - before;
    // At most one commit per 250 ms of the run, and the one at the end.
    CHECK(commits <= static_cast<Xapian::rev>(seconds / 0.25) + 2);
    CHECK(f.article_count() == 201);
}

TEST_CASE("a rebuild keeps the feed items that have left the feed", "[update][feed]") {
    // A feed is a window: yesterday's items are the archive, not deletions.
    Fixture f;
    f.write("wire.rss", feed_of({"g1", "g2"}));
    f.write("a.txt", "Alpha\nbody");
    f.run();
    f.write("wire.rss", feed_of({"g2", "g3"}));
    f.options.rebuild = true;
    const auto summary = f.run();
    CHECK(summary.rebuilt);
    CHECK(f.article_count() == 4);
    CHECK(f.has("g1"));
    CHECK(f.has("g3"));
    // The kept item is searchable by its words, analysed again like the rest.
    const Xapian::Database database(f.index.string());
    CHECK(database.get_termfreq("g1") == 1);
}

TEST_CASE("a rebuild after a feed came back empty, broken or cut keeps its items",
          "[update][feed]") {
    const std::string damaged = GENERATE(std::string(), std::string("<rss><channel><item><title>"),
                                         feed_of({"g1"}).substr(0, 120), std::string("not xml"));
    Fixture f;
    f.write("wire.rss", feed_of({"g1", "g2", "g3"}));
    f.run();
    f.write("wire.rss", damaged);
    f.options.rebuild = true;
    f.run();
    CHECK(f.article_count() == 3);
    for (const char* id : {"g1", "g2", "g3"}) {
        CHECK(f.has(id));
    }
}

TEST_CASE("an analysis change keeps archived feed items in the rebuilt index", "[update][feed]") {
    Fixture f;
    const auto data = f.scratch.path() / "data";
    fs::create_directories(data / "stopwords");
    fs::copy(fs::path(MSS_SOURCE_DIR) / "entities", data / "entities");
    fs::copy(fs::path(MSS_SOURCE_DIR) / "stopwords", data / "stopwords");
    std::ofstream(data / "stopwords" / "english.txt") << "the\n";
    f.options.data_dir = data.string();
    f.write("wire.rss", feed_of({"g1", "g2"}));
    f.run();
    f.write("wire.rss", feed_of({"g3"}));
    std::ofstream(data / "stopwords" / "english.txt") << "the\nof\n";
    const auto summary = f.run();
    CHECK(summary.rebuilt);
    CHECK(f.article_count() == 3);
}

TEST_CASE("an incremental run never deletes feed items, whatever tonight's copy holds",
          "[update][feed]") {
    const std::string tonight =
        GENERATE(std::string(), std::string("<rss><channel>"), feed_of({"g9"}), std::string("x"));
    Fixture f;
    f.write("wire.rss", feed_of({"g1", "g2"}));
    f.run();
    f.write("wire.rss", tonight);
    CHECK(f.run().deleted == 0);
    CHECK(f.has("g1"));
    CHECK(f.has("g2"));
}

TEST_CASE("a feed item kept by a rebuild is unchanged when it returns to the feed",
          "[update][feed]") {
    Fixture f;
    f.write("wire.rss", feed_of({"g1", "g2"}));
    f.run();
    f.write("wire.rss", feed_of({"g2"}));
    f.options.rebuild = true;
    f.run();
    f.options.rebuild = false;
    f.write("wire.rss", feed_of({"g1", "g2"}));
    const auto summary = f.run();
    CHECK(summary.unchanged == 2);
    CHECK_FALSE(summary.wrote);
}

TEST_CASE("a broken file keeps its own articles; the other files of its path are updated",
          "[update]") {
    Fixture f;
    f.write({{"a.txt", "Alpha\nbody"}, {"b.txt", "Beta\nbody"}});
    f.write("wire.jsonl",
            "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n"
            "{\"id\":\"w3\",\"title\":\"Three\"}\n");
    f.run();
    // A copy in progress: the wire file is cut inside its second line; a.txt really went.
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"ti");
    fs::remove(f.sources / "a.txt");
    f.write("b.txt", "Beta revised\nbody");
    const auto summary = f.run();
    CHECK(summary.deleted == 1);
    CHECK_FALSE(f.has("a.txt"));
    CHECK(f.title_of("b.txt") == "Beta revised");
    CHECK(f.has("w2"));
    CHECK(f.has("w3"));
    CHECK(f.article_count() == 4);
    // Read again next run: once whole, its missing articles go like any others.
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n");
    CHECK(f.run().deleted == 2);
    CHECK(f.article_count() == 2);
}

TEST_CASE("a file skipped whole keeps its old articles; its path's other files go on", "[update]") {
    Fixture f;
    f.write(
        {{"a.txt", "Alpha\nbody"},
         {"wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n"},
         {"sub/c.txt", "Gamma\nbody"},
         {"sub/d.txt", "Delta\nbody"}});
    f.run();
    // A failed copy leaves the wire file empty; a.txt goes.
    f.write("wire.jsonl", "");
    fs::remove(f.sources / "a.txt");
    const auto summary = f.run();
    CHECK(summary.deleted == 1);
    CHECK(f.article_count() == 4);
    CHECK(f.has("w1"));
    CHECK(std::any_of(f.notices.begin(), f.notices.end(), [](const std::string& notice) {
        return notice.find("wire.jsonl") != std::string::npos;
    }));
}

TEST_CASE("a rebuild with a broken file keeps that file's articles from the live index",
          "[update]") {
    Fixture f;
    f.write(
        {{"a.txt", "Alpha\nbody"},
         {"wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n"}});
    f.run();
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One again\"}\n{\"id\":\"w2\",\"t");
    f.options.rebuild = true;
    const auto summary = f.run();
    CHECK(summary.rebuilt);
    CHECK(f.article_count() == 3);
    CHECK(f.title_of("w1") == "One again");
    CHECK(f.title_of("w2") == "Two");
}

TEST_CASE("a web page that comes back empty keeps its article, in a run and in a rebuild",
          "[update]") {
    Fixture f;
    f.write("page.html",
            "<html><head><title>Patrols resume</title></head><body><article>"
            "<p>Patrols resumed in Delmas.</p></article></body></html>");
    f.write("other.html",
            "<html><body><article><h1>Other</h1><p>Text.</p></article></body></html>");
    f.run();
    f.write("page.html", "");
    CHECK(f.run().deleted == 0);
    CHECK(f.has("page.html"));
    f.options.rebuild = true;
    CHECK(f.run().rebuilt);
    CHECK(f.title_of("page.html") == "Patrols resume");
    CHECK(f.article_count() == 2);
}

TEST_CASE("a rebuild into another number of shards keeps every source and feed item of the index",
          "[update][feed]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    const auto other = f.scratch.write("other/o.txt", "Omega\nbody");
    const auto feeds = f.scratch.write("feeds/wire.rss", feed_of({"g1", "g2"}));
    f.run({f.sources, other.parent_path(), feeds.parent_path()});
    CHECK(f.article_count() == 4);
    f.scratch.write("feeds/wire.rss", feed_of({"g3"}));
    f.options.rebuild = true;
    f.options.shards = 2;
    const auto summary = f.run({f.sources});
    // Counted against the previous layout: g3 is new, the items that left the feed kept.
    CHECK(summary.added == 1);
    CHECK(summary.unchanged == 2);
    CHECK(summary.kept == 2);
    CHECK(summary.deleted == 0);
    CHECK(f.article_count() == 5);
    for (const char* id : {"a.txt", "o.txt", "g1", "g2", "g3"}) {
        CHECK(f.has(id));
    }
}

TEST_CASE("a rebuild into another number of shards with an emptied source is not published",
          "[update]") {
    Fixture f;
    f.write({{"a.txt", "Alpha\nbody"}, {"b.txt", "Beta\nbody"}, {"c.txt", "Gamma\nbody"}});
    f.run();
    fs::remove_all(f.sources);
    fs::create_directories(f.sources);  // an unmounted share: the folder is there, empty
    f.options.rebuild = true;
    f.options.shards = 2;
    const auto summary = f.run();
    CHECK(summary.deletions_refused > 0);
    // The stub still names the unsharded index, which holds every article.
    CHECK_FALSE(mss::IndexLayout(f.index).shard_count());
    CHECK(f.article_count() == 3);
}

TEST_CASE("a full build keeps a text dictionary that later runs compress with", "[update]") {
    Fixture f;
    // Enough articles for zstd to train a dictionary on: templated reports with their own words.
    for (int i = 0; i < 300; ++i) {
        std::string body = "PORT-AU-PRINCE - The Kenyan-led mission reported";
        for (int word = 0; word < 30; ++word) {
            body += " w" + std::to_string((i * 7919 + word * 104729) % 100003);
        }
        f.write("a" + std::to_string(i) + ".txt",
                "Patrol report " + std::to_string(i) + "\n" + body + ".");
    }
    f.run();
    const auto dictionary = [&] {
        return Xapian::Database(f.index.string()).get_metadata(mss::schema::kDictionaryKey);
    };
    const std::string trained = dictionary();
    REQUIRE_FALSE(trained.empty());
    // Compressed with the dictionary: a reader without it cannot restore the article.
    const auto stored_data = [&](const std::string& id) {
        const Xapian::Database database(f.index.string());
        return database.get_document(*database.postlist_begin(mss::schema::id_term(id))).get_data();
    };
    const std::string id = "a17.txt";
    CHECK(f.title_of(id) == "Patrol report 17");
    CHECK_THROWS_AS(mss::StoredTextReader().restore(stored_data(id)), mss::IoError);

    f.write("new.txt", "Checkpoint reopened\nThe Kenyan-led mission reported w1 w2 w3.");
    CHECK(f.run().added == 1);
    CHECK(dictionary() == trained);
    const std::string added = "new.txt";
    CHECK(f.title_of(added) == "Checkpoint reopened");
    CHECK_THROWS_AS(mss::StoredTextReader().restore(stored_data(added)), mss::IoError);
}

namespace {

// Indexes three files and a feed, then changes them: b.txt changed, c.txt gone, d.txt new, g1 gone
// from the feed and g3 new in it.
void index_then_change(Fixture& f) {
    f.write({{"a.txt", "Alpha\nbody"}, {"b.txt", "Beta\nbody"}, {"c.txt", "Gamma\nbody"}});
    f.write("wire.rss", feed_of({"g1", "g2"}));
    f.run();
    f.write("b.txt", "Beta\nanother body");
    fs::remove(f.sources / "c.txt");
    f.write("d.txt", "Delta\nbody");
    f.write("wire.rss", feed_of({"g2", "g3"}));
}

// What a rebuild after index_then_change counts and leaves, whatever the layout it writes.
void check_rebuild_after_change(Fixture& f, const mss::IndexRunSummary& summary) {
    CHECK(summary.added == 2);      // d.txt, g3
    CHECK(summary.updated == 1);    // b.txt
    CHECK(summary.unchanged == 2);  // a.txt, g2
    CHECK(summary.kept == 1);       // g1, gone from the feed
    CHECK(summary.deleted == 1);    // c.txt
    CHECK(f.article_count() == 6);
    CHECK_FALSE(f.has("c.txt"));
}

}  // namespace

TEST_CASE("a rebuild counts what changed against the index it replaces, kept articles apart",
          "[update][feed]") {
    Fixture f;
    index_then_change(f);
    f.options.rebuild = true;
    const auto summary = f.run();
    CHECK(summary.rebuilt);
    check_rebuild_after_change(f, summary);
}

TEST_CASE("a rebuild keeps the articles of a recorded source whose path is gone, with a warning",
          "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    const auto other = f.scratch.write("other/o.txt", "Omega\nbody").parent_path();
    f.scratch.write("other/p.txt", "Psi\nbody");
    f.run({f.sources, other});
    fs::remove_all(other);  // moved, renamed or not mounted tonight
    f.options.rebuild = true;
    const auto summary = f.run({f.sources});
    CHECK(summary.rebuilt);
    CHECK(summary.sources_missing == 1);
    CHECK(summary.kept == 2);
    CHECK(summary.deleted == 0);
    CHECK(f.article_count() == 3);
    CHECK(f.title_of("o.txt") == "Omega");
    const auto gone = std::find_if(f.warnings.begin(), f.warnings.end(), [](const auto& w) {
        return w.effect == mss::SourceWarning::Effect::kSourceMissing;
    });
    REQUIRE(gone != f.warnings.end());
    CHECK(gone->where == other.string());
    CHECK(gone->message.find("is gone") != std::string::npos);

    // Kept again by the next rebuild, until the source is dropped by name.
    f.warnings.clear();
    CHECK(f.run({f.sources}).kept == 2);
    CHECK(f.article_count() == 3);
    f.options.drop_sources = {other.string() + "/"};
    const auto dropped = f.run({f.sources});
    CHECK(dropped.sources_missing == 0);
    CHECK(dropped.deleted == 2);
    CHECK(f.article_count() == 1);
    CHECK_FALSE(f.has("o.txt"));
}

TEST_CASE(
    "a JSON line grown over the size limit or broken keeps its article, counted as neither "
    "kept nor deleted",
    "[update]") {
    Fixture f;
    f.write("wire.jsonl",
            "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n"
            "{\"id\":\"w3\",\"title\":\"Three\"}\n");
    f.write("a.txt", "Alpha\nbody");
    f.run();
    f.options.read.max_bytes = 200;
    const std::string big =
        "{\"id\":\"w2\",\"title\":\"Two\",\"body\":\"" + std::string(300, 'x') + "\"}\n";
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n" + big +
                              "{\"id\":\"w3\",\"title\":\"Three again\"}\n");
    auto summary = f.run();
    CHECK(summary.deleted == 0);
    CHECK(summary.updated == 1);
    CHECK(summary.skipped == 1);
    CHECK(f.has("w2"));
    CHECK(f.title_of("w3") == "Three again");
    const auto named = [&](const std::string& where) {
        return std::count_if(f.warnings.begin(), f.warnings.end(), [&](const auto& w) {
            return w.where.find(where) != std::string::npos;
        });
    };
    CHECK(named("wire.jsonl:2") == 1);

    // No longer JSON: the same, in a run and in a rebuild.
    f.write("wire.jsonl",
            "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"\n"
            "{\"id\":\"w3\",\"title\":\"Three again\"}\n");
    CHECK(f.run().deleted == 0);
    CHECK(f.has("w2"));
    f.options.rebuild = true;
    summary = f.run();
    CHECK(summary.rebuilt);
    CHECK(summary.deleted == 0);
    CHECK(summary.kept == 1);
    CHECK(f.title_of("w2") == "Two");
    CHECK(f.article_count() == 4);

    // Whole again, an article gone from it goes.
    f.options.rebuild = false;
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n");
    CHECK(f.run().deleted == 2);
}

TEST_CASE("a page or feed grown over the size limit keeps what it held", "[update][feed]") {
    Fixture f;
    f.write("page.html",
            "<html><body><article><h1>Patrols</h1><p>Delmas.</p></article></body></html>");
    f.write("wire.rss", feed_of({"g1"}));
    f.write("a.txt", "Alpha\nbody");
    f.run();
    f.options.read.max_bytes = 400;
    f.write("page.html", "<html><body><article><h1>Patrols</h1><p>" + std::string(500, 'x') +
                             "</p></article></body></html>");
    f.write("wire.rss", feed_of({"g1", "g2", "g3", "g4"}));
    CHECK(f.run().deleted == 0);
    CHECK(f.has("page.html"));
    CHECK(f.has("g1"));
    f.options.rebuild = true;
    const auto summary = f.run();
    CHECK(summary.rebuilt);
    CHECK(summary.deleted == 0);
    CHECK(f.title_of("page.html") == "Patrols");
    CHECK(f.has("g1"));
}

TEST_CASE("a source that vanishes during the run keeps its articles; the other sources go on",
          "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.write("broken.jsonl", "{\"id\":\"b1\"");  // warns while the first source is read
    const auto other = f.scratch.write("other/o.txt", "Omega\nbody").parent_path();
    f.scratch.write("other/p.txt", "Psi\nbody");
    f.run({f.sources, other});
    mss::IndexRunObserver observer;
    bool removed = false;
    observer.on_warning = [&](const mss::SourceWarning& w) {
        f.warnings.push_back(w);
        if (!removed) {
            removed = true;
            fs::remove_all(other);  // unmounted while the first source is read
        }
    };
    f.write("a.txt", "Alpha revised\nbody");
    const auto summary = mss::update_index(f.index.string(), {f.sources.string(), other.string()},
                                           f.options, observer);
    CHECK(removed);
    CHECK(summary.updated == 1);
    CHECK(summary.deleted == 0);
    CHECK(f.has("o.txt"));
    CHECK(f.has("p.txt"));
    CHECK(std::any_of(f.warnings.begin(), f.warnings.end(), [&](const auto& w) {
        return w.where == other.string() && w.message.find("vanished") != std::string::npos;
    }));
}

namespace {

// The counts a summary reports, to compare a dry run with the real run.
std::vector<std::size_t> counts_of(const mss::IndexRunSummary& s) {
    return {s.added, s.updated, s.unchanged, s.deleted, s.kept, s.deletions_refused};
}

// Runs `f` as a dry run first, then for real, and checks that the dry run wrote nothing and
// counted what the real run then did. Returns the real run's summary.
mss::IndexRunSummary dry_run_then_run(Fixture& f, std::vector<std::string>& planned) {
    const std::size_t before = f.article_count();
    mss::IndexRunObserver observer;
    observer.on_planned_change = [&](const std::string& change) { planned.push_back(change); };
    f.options.dry_run = true;
    const auto dry = mss::update_index(f.index.string(), {f.sources.string()}, f.options, observer);
    CHECK_FALSE(dry.wrote);
    CHECK(f.article_count() == before);
    f.options.dry_run = false;
    const auto real = f.run();
    CHECK(counts_of(dry) == counts_of(real));
    return real;
}

}  // namespace

TEST_CASE("a dry run of a rebuild reports its deletions as the rebuild then makes them",
          "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.write("b.txt", "Beta\nbody");
    f.write("c.txt", "Gamma\nbody");
    f.run();
    fs::remove(f.sources / "c.txt");
    f.write("b.txt", "Beta\nanother body");
    f.options.rebuild = true;
    std::vector<std::string> planned;
    const auto summary = dry_run_then_run(f, planned);
    CHECK(summary.deleted == 1);
    CHECK(summary.updated == 1);
    CHECK(std::count(planned.begin(), planned.end(), "delete c.txt") == 1);
    CHECK(std::count(planned.begin(), planned.end(), "update b.txt") == 1);
    CHECK_FALSE(f.has("c.txt"));
}

TEST_CASE("a dry run of a rebuild of an emptied source reports the refusal the rebuild makes",
          "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.write("b.txt", "Beta\nbody");
    f.run();
    fs::remove_all(f.sources);
    fs::create_directories(f.sources);  // an unmounted share
    f.options.rebuild = true;
    std::vector<std::string> planned;
    const auto summary = dry_run_then_run(f, planned);
    CHECK(summary.deletions_refused == 2);
    CHECK(summary.deleted == 0);
    CHECK(planned.empty());  // nothing would be deleted
    CHECK(f.article_count() == 2);
}

TEST_CASE("a reshard counts what changed against the previous layout, not every article as added",
          "[update][feed]") {
    Fixture f;
    index_then_change(f);
    f.options.rebuild = true;
    f.options.shards = 3;
    std::vector<std::string> planned;
    const auto summary = dry_run_then_run(f, planned);
    check_rebuild_after_change(f, summary);  // as a rebuild of the unsharded index counts them
    CHECK(std::count(planned.begin(), planned.end(), "delete c.txt") == 1);
}

TEST_CASE("a source to drop that is not a gone source of the index is refused, nothing dropped",
          "[update]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    const auto other = f.scratch.write("other/o.txt", "Omega\nbody").parent_path();
    f.run({f.sources, other});
    fs::remove_all(other);
    f.options.rebuild = true;
    // A typo of the gone source, then a source that is still there.
    for (const std::string& drop : {other.string() + "-typo", f.sources.string()}) {
        f.options.drop_sources = {drop};
        try {
            f.run({f.sources});
            FAIL("no error for " << drop);
        } catch (const mss::InvalidArgumentError& e) {
            CHECK(std::string(e.what()).find(drop) == 0);
            CHECK(std::string(e.what()).find("nothing dropped") != std::string::npos);
        }
        CHECK(f.article_count() == 2);
        CHECK(f.has("o.txt"));
    }
}
