// Turns an analysed article into the Xapian document that the schema (common/schema.h) describes.
#pragma once

#include <xapian.h>

#include <mss/article.h>

#include "article_analysis.h"

namespace mss {

// `story` is the id of the story the article belongs to (indexer/stories/story_plan.h).
Xapian::Document build_document(const Article& article, const ArticleAnalysis& analysis,
                                const std::string& story);

}  // namespace mss
