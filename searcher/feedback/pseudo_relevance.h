// Pseudo-relevance feedback for verbose queries (docs/QUERY.md, "Feedback for questions"): a long
// question finds what its words only imply by taking the best terms of its best matches
// (Xapian's Enquire::get_eset over the top kFeedbackDocuments, RM3-style) and ranking again with
// them. The expansion only adds weight (OP_AND_MAYBE): it never changes which articles match, so
// totals and facets stay those of the question as typed.
//
// Thread-safety: as the database passed in.
#pragma once

#include <cstddef>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "query/query_builder.h"

namespace mss {

// A query is verbose, and gets feedback, from this many words that are not stopwords.
inline constexpr std::size_t kFeedbackMinWords = 5;
inline constexpr Xapian::doccount kFeedbackDocuments = 10;
inline constexpr Xapian::termcount kFeedbackTerms = 10;
// Weight of the question as typed against the expansion (RM3's original query weight).
inline constexpr double kOriginalQueryWeight = 0.5;

// True for a question that gets feedback: kFeedbackMinWords free words (not in phrases, fields
// or under NOT) that are not stopwords.
bool is_verbose_query(const QueryNode& root, Analyzer& analyzer);

// Adds the feedback terms of `built`'s best matches to the ranking of its strict and relaxed
// queries (with and without proximity windows).
void add_feedback(const Xapian::Database& database, const StopwordList& stopwords,
                  const Xapian::Weight& weight, BuiltQuery& built);

}  // namespace mss
