#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>

#include "dates/article_date.h"

namespace {

mss::ArticleDate resolve(const mss::Article& article) {
    static const mss::CalendarWords words;
    mss::Analyzer analyzer{mss::StopwordList::parse("the\non\n")};
    return mss::resolve_article_date(
        article, mss::find_date_mentions(article.title, analyzer.analyze(article.title), {}, words),
        mss::find_date_mentions(article.body, analyzer.analyze(article.body), {}, words));
}

using Dated = std::pair<std::optional<std::string>, std::string>;

// The date and its source ("header", "text" or "none") an article with this body gets, given
// `given` by its source.

Dated date_of(const std::string& body, const std::optional<std::string>& given = std::nullopt) {
    mss::Article article;
    article.date = given;
    article.body = body;
    auto date = resolve(article);
    return {std::move(date.date), date.source};
}

}  // namespace

TEST_CASE("the source's date comes first", "[article-date]") {
    CHECK(date_of("Officers left on January 18, 2025.", "2025-01-19") ==
          Dated{"2025-01-19", "header"});
}

TEST_CASE("an undated article takes a full date from its lead", "[article-date]") {
    CHECK(date_of("Officers left on Saturday, January 18, 2025.\nMore followed.") ==
          Dated{"2025-01-18", "text"});
}

TEST_CASE("dates further down or without a year are not the article date", "[article-date]") {
    CHECK(date_of("Officers arrived on Saturday.\nThe mission was authorised on October 2, 2023.")
              .second == "none");
    CHECK_FALSE(date_of("Officers left on January 18 for Haiti.").first);
}

TEST_CASE("an undated article takes its date from a French dateline", "[article-date]") {
    CHECK(date_of("PORT-AU-PRINCE, le 12 février 2025 \u2014 Le Conseil a demandé samedi un "
                  "vote.\nSuite.") == Dated{"2025-02-12", "text"});
}
