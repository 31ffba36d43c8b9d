// mentions: the articles whose text speaks of a day in a date range ("January 18, 2025",
// "last week"), from the XD terms the indexer writes for the dates an article mentions.
#pragma once

#include <xapian.h>

#include <mss/search.h>

namespace mss {

// A boolean query for the articles mentioning a day of `range` (ends YYYY-MM-DD, either open),
// made of the index's own XD terms: a day term when the day is in the range, a month term
// (written for "March 2025" and for every day mentioned in it) only when the whole month is.
// MatchNothing when no mentioned date falls in the range, or without a database.
Xapian::Query mentioned_dates_query(const Xapian::Database* database, const DateRange& range);

}  // namespace mss
