// Reads one stored article by its id, for Searcher::article().
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include <mss/search.h>

#include "stored_text.h"

namespace mss {

// The article whose id term is in `database` (its data read with `text`), or nothing. Lets Xapian
// errors through, so the caller's retry on a concurrent update applies.
std::optional<IndexedArticle> find_article(const Xapian::Database& database,
                                           const StoredTextReader& text, const std::string& id);

}  // namespace mss
