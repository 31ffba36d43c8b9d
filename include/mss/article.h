// An article as read from a source file, before analysis, and the entities analysis finds in it.
//
// Thread-safety: plain values with no shared state; as any standard container, one may be read
// from several threads at once, and written by one thread with no reader.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mss {

struct EntityRef {
    std::string id;    // canonical id, e.g. "jimmy-cherizier", "ke"
    std::string name;  // display name, e.g. "Jimmy Chérizier", "Kenya"
};

// The entities an article names, each once, as the index stores them and searches report them.
struct ArticleEntities {
    std::vector<EntityRef> person;
    std::vector<EntityRef> country;
    std::vector<EntityRef> organisation;
    std::vector<EntityRef> place;
};

struct Article {
    std::string id;     // stable identity: path relative to the source root, or the JSON "id"
    std::string path;   // where it was read from (file path, or "file:line" for JSON Lines)
    std::string title;  // the headline
    std::string body;   // the text after the headline, as written
    std::optional<std::string> date;  // YYYY-MM-DD when the source states one
    // Where a reader found `date` when it is not a plain header field: "json-ld", "meta" (the
    // page's article:published_time), "time" (a <time datetime> in the article), "feed" (an
    // item's pubDate, published or updated). "" means the seed header or JSON "date".
    std::string date_origin;
    std::string url;     // where the article can be read, for citing; "" when unknown
    std::string source;  // the outlet that published it ("Caribbean Wire"); "" when unknown
    std::string author;  // the byline, as written; "" when unknown
    // The language as the source declares it (JSON "lang", <html lang>, a feed's <language> or
    // xml:lang), as written: "" when it declares none. Once indexed, the code of the language
    // the article was analysed in ("en", "fr", "ht").
    std::string language;
    // A feed item. A feed is a window, not an archive: an item missing from tonight's copy of its
    // feed is not deleted, and where it was read (which file of a dated archive, which line) is
    // no change to it.
    bool from_feed = false;
};

}  // namespace mss
