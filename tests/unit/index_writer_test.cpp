#include <catch2/catch.hpp>

#include <xapian.h>

#include <mss/index.h>

#include "scratch_folder.h"

namespace fs = std::filesystem;

namespace {

struct Fixture {
    ScratchFolder scratch;
    fs::path index = scratch.path() / "index";
    fs::path sources = scratch.path() / "articles";

    void write(const std::string& name, const std::string& text) const {
        scratch.write("articles/" + name, text);
    }

    // What a program embedding the library does: read the articles itself and add them.
    void add_all() const {
        mss::IndexWriter writer(index.string(), {MSS_SOURCE_DIR, {}});
        mss::read_articles(
            sources.string(),
            [&](mss::Article&& article) { writer.add(article, sources.string()); },
            [](const mss::SourceWarning&) {});
        writer.commit();
    }

    mss::IndexRunSummary update() const {
        mss::IndexRunOptions options;
        options.data_dir = MSS_SOURCE_DIR;
        return mss::update_index(index.string(), {sources.string()}, options, {});
    }

    bool has(const std::string& id) const {
        const Xapian::Database database(index.string());
        return database.postlist_begin("Q" + id) != database.postlist_end("Q" + id);
    }
};

}  // namespace

TEST_CASE("articles added with IndexWriter are seen as unchanged by update_index over their source",
          "[writer]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n");
    f.add_all();
    const auto summary = f.update();
    CHECK(summary.unchanged == 3);
    CHECK(summary.added + summary.updated + summary.deleted == 0);
    CHECK_FALSE(summary.wrote);
}

TEST_CASE("an article added with IndexWriter is updated and deleted by a later update_index",
          "[writer]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.write("b.txt", "Beta\nbody");
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n");
    f.add_all();
    f.write("a.txt", "Alpha revised\nbody");
    fs::remove(f.sources / "b.txt");
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n");
    const auto summary = f.update();
    CHECK(summary.updated == 1);
    CHECK(summary.deleted == 2);
    CHECK(summary.unchanged == 1);
    CHECK_FALSE(f.has("b.txt"));
    CHECK_FALSE(f.has("w2"));
    CHECK(Xapian::Database(f.index.string()).get_doccount() == 2);
}

TEST_CASE("the source an IndexWriter names is recorded, so a rebuild reads it again", "[writer]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    f.add_all();
    const auto other = f.scratch.write("other/o.txt", "Omega\nbody");
    mss::IndexRunOptions options;
    options.data_dir = MSS_SOURCE_DIR;
    options.rebuild = true;
    const auto summary =
        mss::update_index(f.index.string(), {other.parent_path().string()}, options, {});
    CHECK(summary.rebuilt);
    CHECK(f.has("a.txt"));
    CHECK(f.has("o.txt"));
}

TEST_CASE("an article added with no source is never deleted by update_index and kept by a rebuild",
          "[writer]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    {
        mss::IndexWriter writer(f.index.string(), {MSS_SOURCE_DIR, {}});
        mss::Article article;
        article.id = "pushed-1";
        article.title = "Pushed by a program";
        article.body = "Patrols resumed in Delmas.";
        writer.add(article);
        writer.commit();
    }
    CHECK(f.update().deleted == 0);
    CHECK(f.has("pushed-1"));
    mss::IndexRunOptions options;
    options.data_dir = MSS_SOURCE_DIR;
    options.rebuild = true;
    CHECK(mss::update_index(f.index.string(), {f.sources.string()}, options, {}).rebuilt);
    CHECK(f.has("pushed-1"));
    CHECK(f.has("a.txt"));
}
