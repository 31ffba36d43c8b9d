#include <catch2/catch.hpp>

#include "dates/article_date.h"

namespace {

mss::ArticleDate resolve(const mss::Article& article) {
    static const mss::CalendarWords words;
    mss::Analyzer analyzer{mss::StopwordList::parse("the\non\n")};
    return mss::resolve_article_date(
        article, mss::find_date_mentions(article.title, analyzer.analyze(article.title), {}, words),
        mss::find_date_mentions(article.body, analyzer.analyze(article.body), {}, words));
}

}  // namespace

TEST_CASE("the source's date comes first", "[article-date]") {
    mss::Article article;
    article.date = "2025-01-19";
    article.body = "Officers left on January 18, 2025.";
    const auto date = resolve(article);
    CHECK(date.date == "2025-01-19");
    CHECK(date.source == "header");
}

TEST_CASE("an undated article takes a full date from its lead", "[article-date]") {
    mss::Article article;
    article.body = "Officers left on Saturday, January 18, 2025.\nMore followed.";
    const auto date = resolve(article);
    CHECK(date.date == "2025-01-18");
    CHECK(date.source == "text");
}

TEST_CASE("dates further down or without a year are not the article date", "[article-date]") {
    mss::Article article;
    article.body = "Officers arrived on Saturday.\nThe mission was authorised on October 2, 2023.";
    CHECK(resolve(article).source == "none");
    article.body = "Officers left on January 18 for Haiti.";
    CHECK_FALSE(resolve(article).date);
}

TEST_CASE("an undated article takes its date from a French dateline", "[article-date]") {
    mss::Article article;
    article.body =
        "PORT-AU-PRINCE, le 12 février 2025 \u2014 Le Conseil a demandé samedi un vote.\nSuite.";
    const auto date = resolve(article);
    CHECK(date.date == "2025-02-12");
    CHECK(date.source == "text");
}
