// `mss-search --show`: stored articles for reading and citing, as text or as JSON lines.
#pragma once

#include <ostream>

#include <mss/search.h>

namespace mss {

// The headline, then one "label: value" line each for date (and where it came from), source,
// author, URL, path, id and the entities found, then a blank line and the full text as the reader
// extracted it. Labels without a value are left out. Ends with a blank line, so articles written
// one after another stay apart.
void write_article_text(const IndexedArticle& article, std::ostream& out);

// One JSON object on one line (docs/JSON.md, "Stored articles").
void write_article_json(const IndexedArticle& article, std::ostream& out);

}  // namespace mss
