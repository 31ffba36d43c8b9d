#include "dates/article_date.h"

namespace mss {

std::size_t first_paragraph_end(std::string_view body) {
    const std::size_t start = body.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) {
        return body.size();
    }
    const std::size_t line = body.find('\n', start);
    return line == std::string_view::npos ? body.size() : line;
}

ArticleDate resolve_article_date(const Article& article,
                                 const std::vector<DateMention>& title_dates,
                                 const std::vector<DateMention>& body_dates) {
    if (article.date) {
        return {article.date, article.date_origin.empty() ? "header" : article.date_origin};
    }
    auto full_date = [](const DateMention& mention) -> std::optional<std::string> {
        if (!mention.explicit_full) {
            return std::nullopt;
        }
        const std::string& v = mention.value;
        return v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2);
    };
    for (const DateMention& mention : title_dates) {
        if (auto date = full_date(mention)) {
            return {date, "text"};
        }
    }
    const std::size_t lead_end = first_paragraph_end(article.body);
    for (const DateMention& mention : body_dates) {
        if (mention.begin >= lead_end) {
            break;
        }
        if (auto date = full_date(mention)) {
            return {date, "text"};
        }
    }
    return {std::nullopt, "none"};
}

}  // namespace mss
