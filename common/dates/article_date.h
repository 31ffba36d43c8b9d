// The article's own date and where it came from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mss/article.h>

#include "dates/date_mentions.h"

namespace mss {

struct ArticleDate {
    std::optional<std::string> date;  // YYYY-MM-DD
    // "header" (seed header or JSON "date"), the reader's Article::date_origin ("json-ld", "meta",
    // "time", "feed"), "text" or "none"
    std::string source;
};

// The source's date when it has one; else the first full date ("January 18, 2025") in the
// headline or the body's first paragraph, where news states when things happened; else none.
// A full date further down is usually history ("authorized ... on October 2, 2023"), so it is
// not taken. `title_dates` and `body_dates` are the mentions found in the headline and body.
ArticleDate resolve_article_date(const Article& article,
                                 const std::vector<DateMention>& title_dates,
                                 const std::vector<DateMention>& body_dates);

// Where the body's first paragraph ends: at its first line break (news files put a paragraph on
// a line, or wrap the lead's first line), or at the end.
std::size_t first_paragraph_end(std::string_view body);

}  // namespace mss
