#include <catch2/catch.hpp>

#include <xapian.h>

#include <mss/index.h>

#include "source_index_fixture.h"

namespace fs = std::filesystem;

using Fixture = SourceIndexFixture;

namespace {

// What a program embedding the library does: read the articles itself and add them.
void add_all(const Fixture& f) {
    mss::IndexWriter writer(f.index.string(), {MSS_SOURCE_DIR, {}});
    mss::read_articles(
        f.sources.string(),
        [&](mss::Article&& article) { writer.add(article, f.sources.string()); },
        [](const mss::SourceWarning&) {});
    writer.commit();
}

}  // namespace

TEST_CASE("articles added with IndexWriter are seen as unchanged by update_index over their source",
          "[writer]") {
    Fixture f;
    f.write(
        {{"a.txt", "Alpha\nbody"},
         {"wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n"}});
    add_all(f);
    const auto summary = f.run();
    CHECK(summary.unchanged == 3);
    CHECK(summary.added + summary.updated + summary.deleted == 0);
    CHECK_FALSE(summary.wrote);
}

TEST_CASE("an article added with IndexWriter is updated and deleted by a later update_index",
          "[writer]") {
    Fixture f;
    f.write(
        {{"a.txt", "Alpha\nbody"},
         {"b.txt", "Beta\nbody"},
         {"wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n{\"id\":\"w2\",\"title\":\"Two\"}\n"}});
    add_all(f);
    f.write("a.txt", "Alpha revised\nbody");
    fs::remove(f.sources / "b.txt");
    f.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"One\"}\n");
    const auto summary = f.run();
    CHECK(summary.updated == 1);
    CHECK(summary.deleted == 2);
    CHECK(summary.unchanged == 1);
    CHECK_FALSE(f.has("b.txt"));
    CHECK_FALSE(f.has("w2"));
    CHECK(f.article_count() == 2);
}

TEST_CASE("the source an IndexWriter names is recorded, so a rebuild reads it again", "[writer]") {
    Fixture f;
    f.write("a.txt", "Alpha\nbody");
    add_all(f);
    const auto other = f.scratch.write("other/o.txt", "Omega\nbody");
    f.options.rebuild = true;
    const auto summary = f.run({other.parent_path()});
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
    CHECK(f.run().deleted == 0);
    CHECK(f.has("pushed-1"));
    f.options.rebuild = true;
    CHECK(f.run().rebuilt);
    CHECK(f.has("pushed-1"));
    CHECK(f.has("a.txt"));
}
