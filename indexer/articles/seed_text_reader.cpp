#include "articles/seed_text_reader.h"

#include <algorithm>

#include "dates/iso_date.h"

namespace mss {
namespace {

constexpr std::string_view kSpace = " \t\r\n\v\f";

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

// "dddd-dd-dd", or a longer year ("99999-01-01"): the shape of a header date, valid or not, so
// an impossible one is reported rather than read as part of the headline. Anything else after
// "date" means the first line is an ordinary headline that happens to start with the word.
bool looks_like_iso_date(std::string_view token) {
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    if (token.size() < 10) {
        return false;
    }
    const std::size_t year_digits = token.size() - 6;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const bool want_dash = i == year_digits || i == year_digits + 3;
        if (want_dash ? token[i] != '-' : !is_digit(token[i])) {
            return false;
        }
    }
    return true;
}

// Strips a UTF-8 byte order mark, which some editors put before the first line.
std::string_view without_bom(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

}  // namespace

SeedTextParse parse_seed_text(std::string_view text, const std::string& id,
                              const std::string& path) {
    SeedTextParse parse;
    parse.article.id = id;
    parse.article.path = path;
    text = without_bom(text);
    // Blank lines before the headline are not part of it.
    const auto first_text = text.find_first_not_of(kSpace);
    text = first_text == std::string_view::npos ? std::string_view{} : text.substr(first_text);

    const auto line_end = text.find('\n');
    std::string_view first_line = text.substr(0, line_end);
    const std::string_view body =
        line_end == std::string_view::npos ? std::string_view{} : text.substr(line_end + 1);

    // The header is "date" and a YYYY-MM-DD token; the leading space is already trimmed.
    constexpr std::string_view kDateKeyword = "date";
    const std::string_view rest =
        first_line.substr(0, kDateKeyword.size()) == kDateKeyword &&
                first_line.size() > kDateKeyword.size() &&
                kSpace.find(first_line[kDateKeyword.size()]) != std::string_view::npos
            ? trim(first_line.substr(kDateKeyword.size()))
            : std::string_view{};
    const auto token_end = std::min(rest.find_first_of(kSpace), rest.size());
    const std::string_view date = rest.substr(0, token_end);
    if (looks_like_iso_date(date)) {
        if (is_valid_iso_date(date)) {
            parse.article.date = std::string(date);
        } else {
            parse.warnings.push_back("header date '" + std::string(date) +
                                     "' is not a valid YYYY-MM-DD day; article left undated");
        }
        first_line = rest.substr(token_end);
    }
    parse.article.title = std::string(trim(first_line));
    parse.article.body = std::string(trim(body));
    return parse;
}

}  // namespace mss
