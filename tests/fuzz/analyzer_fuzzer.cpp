// The whole article analysis over arbitrary bytes (invalid UTF-8 included): tokens, entities and
// dates, exactly as the indexer runs it with the shipped stopwords and entity data. The first line
// is the headline, the rest the body; a leading "YYYY-MM-DD\n" line is taken as the source date so
// relative dates get resolved too. Every span must lie inside its field, every date must be a
// real day and normalising a token's text again, as its language writes words, must give the same
// word.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "analysis/word_form.h"
#include "article_analysis.h"
#include "dates/iso_date.h"

namespace {

mss::Article article_from(std::string_view text) {
    mss::Article article;
    article.id = "fuzz";
    if (text.size() >= 11 && text[10] == '\n' && mss::is_valid_iso_date(text.substr(0, 10))) {
        article.date = std::string(text.substr(0, 10));
        text.remove_prefix(11);
    }
    const auto newline = text.find('\n');
    article.title = std::string(text.substr(0, newline));
    article.body = newline == std::string_view::npos ? "" : std::string(text.substr(newline + 1));
    return article;
}

void check_field(const mss::FieldAnalysis& field, std::string_view text, mss::Language language) {
    std::size_t previous_end = 0;
    for (const mss::Token& token : field.tokens) {
        if (token.begin < previous_end || token.begin >= token.end || token.end > text.size()) {
            std::abort();
        }
        previous_end = token.end;
        if (mss::normalise_word(text.substr(token.begin, token.end - token.begin), language) !=
            token.word) {
            std::abort();
        }
    }
    for (const auto& mention : field.entities) {
        if (mention.begin >= mention.end || mention.end > text.size() || mention.id.empty()) {
            std::abort();
        }
    }
    for (const auto& date : field.dates) {
        if (date.begin >= date.end || date.end > text.size()) {
            std::abort();
        }
        if (date.value.size() == 8 &&
            !mss::is_valid_iso_date(date.value.substr(0, 4) + "-" + date.value.substr(4, 2) + "-" +
                                    date.value.substr(6, 2))) {
            std::abort();  // a day that does not exist must never reach the index
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::unique_ptr<mss::ArticleAnalyser> analyser =
        mss::load_article_analyser("", {});
    const mss::Article article =
        article_from(std::string_view(reinterpret_cast<const char*>(data), size));
    const mss::ArticleAnalysis analysis = analyser->analyse(article);
    check_field(analysis.title, article.title, analysis.language.language);
    check_field(analysis.body, article.body, analysis.language.language);
    if (analysis.date.date && !mss::is_valid_iso_date(*analysis.date.date)) {
        std::abort();
    }
    return 0;
}
