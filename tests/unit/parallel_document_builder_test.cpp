#include <catch2/catch.hpp>

#include "parallel_document_builder.h"
#include "schema.h"

TEST_CASE("documents built on several threads come back in submission order", "[builder]") {
    const mss::AnalysisData analysis = mss::load_analysis_data(MSS_SOURCE_DIR, {});
    mss::ParallelDocumentBuilder builder(3, analysis, mss::TextCompressor(), 4);
    std::vector<mss::BuiltDocument> built;
    constexpr int kArticles = 200;
    for (int i = 0; i < kArticles; ++i) {
        mss::Article article;
        article.id = "a" + std::to_string(i);
        article.title = "Article " + std::to_string(i);
        // Uneven sizes, so later articles often finish first.
        article.body = std::string(static_cast<std::size_t>((i * 37) % 500), 'w') + " the end";
        builder.submit({article, "hash" + std::to_string(i), "XSroot", false});
        for (auto& document : builder.take(false)) {
            built.push_back(std::move(document));
        }
    }
    for (auto& document : builder.take(true)) {
        built.push_back(std::move(document));
    }
    REQUIRE(built.size() == kArticles);
    CHECK(builder.outstanding() == 0);
    for (int i = 0; i < kArticles; ++i) {
        CHECK(built[i].id_term == mss::schema::id_term("a" + std::to_string(i)));
        CHECK(built[i].document.get_value(mss::schema::kContentHashSlot) ==
              "hash" + std::to_string(i));
    }
}
