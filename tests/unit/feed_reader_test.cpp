// The RSS and Atom reader on the small feeds in tests/data/feeds, written for these tests.
#include <catch2/catch.hpp>

#include "articles/feed_reader.h"
#include "repository_file.h"

namespace {

std::string feed(const std::string& name) {
    return mss::testing::repository_file("tests/data/feeds/" + name);
}

}  // namespace

TEST_CASE("each RSS item is an article with guid, link, creator and the channel as source",
          "[feed]") {
    const auto parse = mss::parse_feed(feed("caribbean_wire.rss"), "cw.rss");
    CHECK(parse.warnings.empty());
    REQUIRE(parse.items.size() == 2);
    const mss::Article& first = parse.items[0];
    CHECK(first.id == "cw-2024-0625-01");
    CHECK(first.title == "Kenyan officers land in Port-au-Prince");
    CHECK(first.url == "https://caribbeanwire.example/2024/06/kenyan-officers-land");
    CHECK(first.source == "Caribbean Wire");
    CHECK(first.author == "Marie Joseph");
    CHECK(first.date == "2024-06-25");  // 22:10 at -04:00 is the 25th there, the 26th in UTC
    CHECK(first.date_origin == "feed");
    CHECK(first.from_feed);
    CHECK(first.path == "cw.rss:7");
    // content:encoded wins over description, and its HTML becomes paragraphs.
    CHECK(first.body ==
          "The first contingent of 400 Kenyan police officers landed in Port-au-Prince on "
          "Tuesday.\n\nOfficials said a second group would follow \u2013 soon.");
}

TEST_CASE("an RSS item without a guid takes its link as id; escaped HTML becomes text", "[feed]") {
    const auto parse = mss::parse_feed(feed("caribbean_wire.rss"), "cw.rss");
    REQUIRE(parse.items.size() == 2);
    const mss::Article& second = parse.items[1];
    CHECK(second.id == "https://caribbeanwire.example/2024/07/gangs-test");
    CHECK(second.title == "Gangs test the <new> mission");  // an RSS title is text
    CHECK(second.body == "Armed groups fired on a patrol in Delmas, the police said.");
    CHECK(second.date == "2024-07-04");
    CHECK(second.author.empty());
}

TEST_CASE("Atom entries take published, else updated, and the alternate link", "[feed]") {
    const auto parse = mss::parse_feed(feed("haiti_depeche.atom"), "hd.atom");
    CHECK(parse.warnings.empty());
    REQUIRE(parse.items.size() == 2);
    const mss::Article& base = parse.items[0];
    CHECK(base.id == "urn:example:hd:2024-08-14-base");
    CHECK(base.title == "Second base opens near Cap-Haïtien");  // type="html": &iuml; decoded
    CHECK(base.url == "https://haitidepeche.example/base-cap-haitien");
    CHECK(base.source == "Haïti Dépêche");
    CHECK(base.author == "Rose-Marie Pierre");
    CHECK(base.date == "2024-08-14");  // published, in its own offset; not updated
    CHECK(base.body ==
          "The Multinational Security Support mission opened a second base near Cap-Haïtien."
          "\n\nJamaican and Belizean officers joined the Kenyan contingent there.");
    const mss::Article& curfew = parse.items[1];
    CHECK(curfew.date == "2024-08-16");
    CHECK(curfew.url == "https://haitidepeche.example/curfew");
    CHECK(curfew.body == "Police lifted the curfew in Pétion-Ville; shops reopened <slowly>.");
}

TEST_CASE("a feed that breaks off keeps the items before the error and names its line", "[feed]") {
    const std::string xml =
        "<rss><channel><title>Wire</title>\n"
        "<item><guid>a</guid><title>One</title></item>\n"
        "<item><guid>b</guid><title>Two</title></item>\n"
        "<item><guid>c</guid><title>Three & four</title></item>\n"
        "<item><guid>d</guid><title>Five</title></item>\n";
    const auto parse = mss::parse_feed(xml, "w.rss");
    REQUIRE(parse.items.size() == 2);
    CHECK(parse.items[1].id == "b");
    REQUIRE(!parse.warnings.empty());
    CHECK(parse.warnings.back().line == 4);
    CHECK(parse.warnings.back().item_lost);
    CHECK(parse.warnings.back().message.find("2 items before it kept") != std::string::npos);
}

TEST_CASE("items without an id or any text are skipped with a warning; bad dates dropped",
          "[feed]") {
    const auto parse = mss::parse_feed(
        "<rss><channel>\n<item><title>No id</title></item>\n"
        "<item><guid>x</guid></item>\n"
        "<item><guid>y</guid><title>T</title><pubDate>someday</pubDate></item>\n"
        "</channel></rss>",
        "f.rss");
    REQUIRE(parse.items.size() == 1);
    CHECK(parse.items[0].id == "y");
    CHECK_FALSE(parse.items[0].date);
    REQUIRE(parse.warnings.size() == 3);
    CHECK(parse.warnings[0].line == 2);
}

TEST_CASE("an entity expansion bomb is refused, not expanded", "[feed]") {
    std::string xml = "<!DOCTYPE rss [<!ENTITY l0 \"laughlaughlaughlaugh\">";
    for (int level = 1; level <= 9; ++level) {
        xml += "<!ENTITY l" + std::to_string(level) + " \"";
        for (int i = 0; i < 10; ++i) {
            xml += "&l" + std::to_string(level - 1) + ";";
        }
        xml += "\">";
    }
    xml += "]>\n<rss><channel><item><guid>g</guid><title>&l9;</title></item></channel></rss>";
    const auto parse = mss::parse_feed(xml, "f.rss");  // 20 GB if expanded
    // The parser stops at the loop: no item, and one warning saying the rest was lost.
    CHECK(parse.items.empty());
    REQUIRE(parse.warnings.size() == 1);
    CHECK(parse.warnings[0].line == 1);
    CHECK(parse.warnings[0].item_lost);
    CHECK(parse.warnings[0].message.rfind("not well-formed XML", 0) == 0);
}

TEST_CASE("feed items take the RSS channel's <language> or the Atom xml:lang", "[feed]") {
    const auto rss = mss::parse_feed(
        "<rss><channel><title>W</title><language>fr</language><item><guid>a</guid>"
        "<title>Un</title></item></channel></rss>",
        "w.rss");
    REQUIRE(rss.items.size() == 1);
    CHECK(rss.items[0].language == "fr");
    const auto atom = mss::parse_feed(
        R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ht"><title>R</title>)"
        R"(<entry><id>1</id><title>Polis</title></entry>)"
        R"(<entry xml:lang="fr"><id>2</id><title>Police</title></entry></feed>)",
        "r.atom");
    REQUIRE(atom.items.size() == 2);
    CHECK(atom.items[0].language == "ht");  // inherited from the feed
    CHECK(atom.items[1].language == "fr");
}

TEST_CASE("an RSS item's authors are every dc:creator, or the name in an author address",
          "[feed]") {
    const auto parse = mss::parse_feed(feed("bylines.rss"), "b.rss");
    CHECK(parse.warnings.empty());
    REQUIRE(parse.items.size() == 3);
    CHECK(parse.items[0].author == "Nadège Fleurant, Samuel Kiprono");  // each name once
    CHECK(parse.items[1].author == "Rosie Valcourt");
    CHECK(parse.items[2].author == "news@artibonite.example");  // no name: the address is all
}

TEST_CASE("an Atom entry's authors are all its <author> names, else the feed's", "[feed]") {
    const auto parse = mss::parse_feed(feed("bylines.atom"), "b.atom");
    CHECK(parse.warnings.empty());
    REQUIRE(parse.items.size() == 2);
    CHECK(parse.items[0].author == "Esther Jean-Baptiste, Daniel Mwangi");
    CHECK(parse.items[0].date == "2024-09-30");  // 23:15 at -04:00, already the 1st in UTC
    CHECK(parse.items[1].author == "Nord-Ouest Desk");
}

TEST_CASE("an RSS item's own <link> wins over an <atom:link> written before it", "[feed]") {
    const auto parse = mss::parse_feed(feed("atom_links.rss"), "g.rss");
    CHECK(parse.warnings.empty());
    REQUIRE(parse.items.size() == 1);
    CHECK(parse.items[0].url == "https://gonaives.example/market");
    CHECK(parse.items[0].id == "https://gonaives.example/market");  // no guid: the link
    CHECK(parse.items[0].source == "Gonaïves Ledger");
}

TEST_CASE("an RSS title of escaped HTML or twice-escaped entities is read as text", "[feed]") {
    const auto parse = mss::parse_feed(feed("escaped_titles.rss"), "pcw.rss");
    CHECK(parse.warnings.empty());
    REQUIRE(parse.items.size() == 4);
    CHECK(parse.items[0].title == "Gangs block Route 9 near Delmas");
    CHECK(parse.items[1].title == "Kenya & Haiti sign the MSS pact \u2013 officials \"confident\"");
    CHECK(parse.items[2].title == "MSS patrols resume in Cit\u00e9 Soleil");
    // A '<' and an '&' that are characters stay so.
    CHECK(parse.items[3].title == "Arrivals 2 < 3 planned, AT&T says");
    CHECK(parse.items[0].source == "Port & Coast Wire");
}
