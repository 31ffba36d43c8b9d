// Reads the items of an RSS 2.0 or Atom feed with libxml2's XML parser: each item or entry is one
// article.
//   id      guid / id, else the link
//   title   title (HTML in it turned into text)
//   date    pubDate (RFC 822) or published, else updated (RFC 3339): the calendar day in the
//           offset the feed writes, as a reader in that place would date the story
//   body    content:encoded / content, else description / summary, HTML turned into text
//   url     link (Atom: rel="alternate" or no rel)
//   source  the channel's or feed's title
//   author  every dc:creator, else every RSS author ("desk@example.org (Name)" gives the name);
//           Atom: every author/name, else the feed's; several joined by ", "
// Every article is marked Article::from_feed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <mss/article.h>

namespace mss {

struct FeedWarning {
    std::size_t line = 0;  // 0: about the whole feed
    std::string message;
    bool item_lost = false;  // an item (or the rest of the feed) was not read
};

struct FeedParse {
    std::vector<Article> items;
    std::vector<FeedWarning> warnings;
};

// `path` is recorded as "path:line" of each item. A feed that is not well-formed XML keeps the
// items that end before the first error, with one warning naming its line. Entities are not
// expanded beyond XML's own and nothing is fetched from the network.
FeedParse parse_feed(std::string_view xml, const std::string& path);

}  // namespace mss
