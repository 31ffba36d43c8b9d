// Turns an analysed article into the Xapian document that the schema (common/schema.h) describes.
#pragma once

#include <xapian.h>

#include <mss/article.h>

#include "article_analysis.h"

namespace mss {

Xapian::Document build_document(const Article& article, const ArticleAnalysis& analysis);

}  // namespace mss
