#include <catch2/catch.hpp>

#include <string>

#include <mss/index.h>
#include <mss/search.h>

#include "scratch_folder.h"

namespace {

// An index of the articles under scratch/articles, updated by the same runs mss-index makes.
struct Fixture {
    ScratchFolder scratch;
    std::string index = (scratch.path() / "index").string();
    std::string sources = (scratch.path() / "articles").string();

    void write(const std::string& name, const std::string& text) const {
        scratch.write("articles/" + name, text);
    }

    void run(bool rebuild) const {
        mss::IndexRunOptions options;
        options.data_dir = MSS_SOURCE_DIR;
        options.rebuild = rebuild;
        mss::update_index(index, {sources}, options, {});
    }
};

std::size_t hits(mss::Searcher& searcher, const std::string& query) {
    return searcher.search(query).hits.size();
}

}  // namespace

TEST_CASE("a long-lived searcher sees what later incremental runs and rebuilds wrote",
          "[searcher]") {
    Fixture f;
    f.write("a.txt", "Alpha contingent lands\nThe alpha contingent landed in Port-au-Prince.");
    f.run(false);
    mss::Searcher searcher(f.index);
    CHECK(hits(searcher, "alpha") == 1);
    CHECK(hits(searcher, "bravo") == 0);

    // An incremental run commits to the generation the searcher has open.
    f.write("b.txt", "Bravo contingent lands\nThe bravo contingent landed at dawn.");
    f.run(false);
    CHECK(hits(searcher, "bravo") == 1);

    // A rebuild publishes a new generation; the one the searcher had open stays on disk.
    f.write("c.txt", "Charlie contingent lands\nThe charlie contingent landed at noon.");
    f.run(true);
    CHECK(hits(searcher, "charlie") == 1);
    CHECK(hits(searcher, "contingent") == 3);

    // And again: the searcher follows the stub, not the generation it first opened.
    f.write("d.txt", "Delta contingent lands\nThe delta contingent landed at dusk.");
    f.run(true);
    CHECK(hits(searcher, "delta") == 1);
}
