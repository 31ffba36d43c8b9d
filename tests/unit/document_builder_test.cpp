#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <xapian.h>

#include "document_builder.h"
#include "schema.h"
#include "stories/story_clusters.h"

namespace {

using mss::EntityKind;
using mss::EntityMention;

Xapian::termcount wdf_of(const Xapian::Document& document, const std::string& term) {
    Xapian::TermIterator found = document.termlist_begin();
    found.skip_to(term);
    REQUIRE(found != document.termlist_end());
    REQUIRE(*found == term);
    return found.get_wdf();
}

EntityMention person(const std::string& id, std::size_t begin) {
    return EntityMention(EntityKind::kPerson, id, id, begin, begin + id.size(), "test");
}

}  // namespace

TEST_CASE("an entity term weighs each mention: headline above body, lead above the rest",
          "[document_builder]") {
    mss::Article article;
    article.id = "a";
    article.title = "Volcker speaks";
    article.body = std::string(400, 'x');
    mss::ArticleAnalysis analysis;
    analysis.title.entities = {person("paul-volcker", 0)};
    analysis.body.entities = {person("paul-volcker", 10), person("paul-volcker", 350),
                              person("james-baker", 20), person("alan-greenspan", 380)};
    analysis.entities.person = {{"paul-volcker", "Paul Volcker"},
                                {"james-baker", "James Baker"},
                                {"alan-greenspan", "Alan Greenspan"},
                                {"beryl-sprinkel", "Beryl Sprinkel"}};
    const Xapian::Document document =
        mss::build_document(article, analysis, mss::single_article_story(article.id));
    const auto term = [](const char* id) {
        return mss::schema::entity_term(EntityKind::kPerson, id);
    };
    // Headline (as a headline word weighs), one in the lead, one further down.
    CHECK(wdf_of(document, term("paul-volcker")) == mss::schema::kTitleWdfBoost + 2 + 1);
    CHECK(wdf_of(document, term("james-baker")) == 2);     // in the lead
    CHECK(wdf_of(document, term("alan-greenspan")) == 1);  // late in the body
    // An entity the article implies without a mention of its own still matches, lightly.
    CHECK(wdf_of(document, term("beryl-sprinkel")) == 1);
}

TEST_CASE("an article's date is one day term, whose leading digits are its month and year",
          "[document_builder]") {
    mss::Article article;
    article.id = "a";
    article.title = "Patrol";
    article.body = "Patrols resumed.";
    mss::ArticleAnalysis analysis;
    analysis.date.date = "2025-01-22";
    const Xapian::Document document =
        mss::build_document(article, analysis, mss::single_article_story(article.id));
    std::vector<std::string> date_terms;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        if (!(*term).empty() && ((*term)[0] == 'D' || (*term)[0] == 'M' || (*term)[0] == 'Y')) {
            date_terms.push_back(*term);
        }
    }
    CHECK(date_terms == std::vector<std::string>{"D20250122"});
    CHECK(document.get_value(mss::schema::kDateSlot) == "20250122");
}
