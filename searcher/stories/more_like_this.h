// "More like this": the articles most related to a given one, ranked by its most significant terms.
// Xapian's relevance feedback picks them (Enquire::get_eset with the article as the only relevant
// document): its words, stems and entities (people, countries, organisations, places), not its id,
// dates, source or story terms. The article itself and its near-copies are left out: they are the
// same story, not related coverage.
//
// Thread-safety: as the database passed in.
#pragma once

#include <cstddef>
#include <string>

#include <xapian.h>

#include "analysis/stopwords.h"

namespace mss {

// Terms taken from the article.
inline constexpr Xapian::termcount kLikeTerms = 40;

// The query ranking articles like the one with id `article_id` (`stopwords`: the index's, which
// are never significant); throws mss::QueryError naming `position` (of the value in the query)
// when the index holds no such article.
Xapian::Query more_like_this(const Xapian::Database& database, const StopwordList& stopwords,
                             const std::string& article_id, std::size_t position);

}  // namespace mss
