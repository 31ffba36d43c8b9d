// The HTML page reader on the small pages in tests/data/pages, written for these tests.
#include <catch2/catch.hpp>

#include "articles/html_reader.h"
#include "articles/html_text.h"
#include "repository_file.h"

namespace {

std::string page(const std::string& name) {
    return mss::testing::repository_file("tests/data/pages/" + name);
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a news page gives og:title, the JSON-LD date, canonical url, site and authors",
          "[html]") {
    const auto parse = mss::parse_html_page(page("cw_landing.html"), "cw", "cw.html");
    const mss::Article& a = parse.article;
    CHECK(a.title == "Kenyan officers land in Port-au-Prince");
    CHECK(a.date == "2024-06-25");  // the day in the page's own offset, not UTC's 26th
    CHECK(a.date_origin == "json-ld");
    CHECK(a.url == "https://caribbeanwire.example/2024/06/kenyan-officers-land");
    CHECK(a.source == "Caribbean Wire");
    CHECK(a.author == "Marie Joseph, Peter Otieno");
    CHECK(parse.warnings.empty());
}

TEST_CASE("a page's body is its article paragraphs without page furniture", "[html]") {
    const std::string body = mss::parse_html_page(page("cw_landing.html"), "cw", "").article.body;
    CHECK(has(body, "landed at Toussaint Louverture International Airport on Tuesday"));
    CHECK(
        has(body, "the Haitian National Police \u2014 \u201cnot in place of it\u201d \u2013 and"));
    CHECK(has(body, "mission.\n\nOfficials in Nairobi"));  // paragraphs stay paragraphs
    CHECK(has(body, "the convoy\npass along"));            // <br> is a line break
    for (const char* furniture : {"cookies", "inbox", "Sign up", "Read more", "rights reserved",
                                  "tracking", "position: fixed", "Kenyan officers land in"}) {
        CHECK_FALSE(has(body, furniture));
    }
}

TEST_CASE("without og tags the headline is the h1 and the date article:published_time", "[html]") {
    const auto a = mss::parse_html_page(page("hd_patrol.htm"), "hd", "").article;
    CHECK(a.title == "Patrols resume in Delmas");
    CHECK(a.date == "2024-07-03");
    CHECK(a.date_origin == "meta");
    CHECK(a.author == "Rose-Marie Pierre");
    CHECK(a.source.empty());
    CHECK(has(a.body, "since the gangs\u2019 attack"));  // &rsquo; decoded
    CHECK(has(a.body, "continue every night."));         // an unclosed <p> read as browsers do
    CHECK_FALSE(has(a.body, "Accueil"));
}

TEST_CASE("a page with no article element takes the densest block and its <time>", "[html]") {
    const auto a = mss::parse_html_page(page("plain_notice.html"), "n", "").article;
    CHECK(a.title == "MSS notice");
    CHECK(a.date == "2024-08-14");
    CHECK(a.date_origin == "time");
    CHECK(has(a.body, "near Cap-Haïtien, 14 August."));
    CHECK_FALSE(has(a.body, "Contact"));
}

TEST_CASE("the story's own header gives its h1, byline and <time>; the site header none",
          "[html]") {
    const auto a = mss::parse_html_page(page("story_header.html"), "s", "").article;
    CHECK(a.title == "Convoy reaches Kenscoff");
    CHECK(a.date == "2024-09-02");  // the day at -04:00, not the site header's 2023
    CHECK(a.date_origin == "time");
    CHECK(a.author == "Lucien Darbouze");
    // The body keeps the sentence that repeats the headline: only the <h1> itself is left out.
    CHECK(a.body ==
          "A convoy of Kenyan officers reached Kenscoff on Monday, the first since the road "
          "closed.\n\nConvoy reaches Kenscoff was the message residents passed on by radio.");
}

TEST_CASE("a <main> headline wins over the site's name in the page header", "[html]") {
    const auto a = mss::parse_html_page(page("main_headline.html"), "m", "").article;
    CHECK(a.title == "Ferry service to La Gon\u00e2ve resumes");
    CHECK(a.body == "The ferry to La Gon\u00e2ve sailed again on Friday with a police escort.");
}

TEST_CASE("beside a block of paragraphs, the headline is the first h1 outside the furniture",
          "[html]") {
    const auto a = mss::parse_html_page(
        "<body><nav><h1>Menu</h1></nav><h1>Port reopens</h1>"
        "<div><p>The port of Port-au-Prince reopened on Sunday.</p></div></body>",
        "b", "");
    CHECK(a.article.title == "Port reopens");
    CHECK(a.article.body == "The port of Port-au-Prince reopened on Sunday.");
}

TEST_CASE("an <article> teaser in a menu or aside is not the page's story, nor its author box",
          "[html]") {
    const auto a = mss::parse_html_page(page("teaser_cards.html"), "t", "").article;
    CHECK(a.title == "Water trucks reach Cit\u00e9 Soleil");
    CHECK(a.body == "Three water trucks reached Cit\u00e9 Soleil under escort on Thursday.");
    CHECK(a.author.empty());
}

TEST_CASE("a page or wrapper whose class names a cookie notice or newsletter keeps its story",
          "[html]") {
    const struct {
        const char* html;
        const char* title;
        const char* body;
    } pages[] = {
        {"<html><body class=\"has-cookie-notice\"><article><h1>Bridge repaired</h1><p>The bridge "
         "at Pont-Sond\u00e9 was repaired.</p><div class=\"cookie-bar\">We use cookies</div>"
         "</article></body></html>",
         "Bridge repaired", "The bridge at Pont-Sond\u00e9 was repaired."},
        {"<html><body><div class=\"page with-newsletter-signup\"><article><h1>Road open</h1>"
         "<p>The road to Mirebalais opened.</p></article></div></body></html>",
         "Road open", "The road to Mirebalais opened."},
        {"<html><body class=\"cookie-consent-given\"><div><p>Schools in Jacmel reopened on "
         "Monday.</p></div></body></html>",
         "", "Schools in Jacmel reopened on Monday."},
    };
    for (const auto& page : pages) {
        const auto a = mss::parse_html_page(page.html, "p", "").article;
        CHECK(a.title == page.title);
        CHECK(a.body == page.body);
    }
}

TEST_CASE("the <title> loses its site suffix when nothing better names the headline", "[html]") {
    const auto a = mss::parse_html_page(
        "<title>Curfew lifted | Haïti Dépêche</title><p>Shops reopened.</p>", "x", "");
    CHECK(a.article.title == "Curfew lifted");
    CHECK(a.article.body == "Shops reopened.");
}

TEST_CASE("a <title> that is only the site's suffix gives no headline, not the site", "[html]") {
    const auto a =
        mss::parse_html_page("<title> | Caribbean Wire</title><p>Shops reopened.</p>", "x", "");
    CHECK(a.article.title.empty());
    CHECK(a.article.body == "Shops reopened.");
}

TEST_CASE("broken markup and an unparsable date are read, not fatal", "[html]") {
    const auto a = mss::parse_html_page(
        "<html><head><meta property='article:published_time' content='soon'>"
        "<body><article><h1>Gangs <b>retreat</h1><p>Officers <i>held the road<p>Then left",
        "x", "");
    CHECK(a.article.title == "Gangs retreat");
    CHECK(has(a.article.body, "Officers held the road"));
    CHECK(has(a.article.body, "Then left"));
    CHECK_FALSE(a.article.date);
    REQUIRE(a.warnings.size() == 1);
    CHECK(has(a.warnings[0], "'soon'"));
}

TEST_CASE("an HTML fragment becomes text with its entities decoded", "[html]") {
    CHECK(mss::html_fragment_text("<p>One &amp; two</p><p>three&nbsp;four</p>") ==
          "One & two\n\nthree\u00a0four");
    CHECK(mss::html_fragment_text("  plain   text  ") == "plain text");
}

TEST_CASE("a page declares its language with <html lang>, else content-language", "[html]") {
    CHECK(mss::parse_html_page(R"(<html lang="fr"><body><h1>Titre</h1><p>Texte.</p></body></html>)",
                               "a", "a.html")
              .article.language == "fr");
    CHECK(mss::parse_html_page(R"(<html><head><meta http-equiv="Content-Language" content="ht">)"
                               R"(</head><body><h1>Tit</h1></body></html>)",
                               "b", "b.html")
              .article.language == "ht");
    CHECK(mss::parse_html_page("<html><body><h1>Title</h1></body></html>", "c", "c.html")
              .article.language.empty());
}
