#include "document_builder.h"

#include "schema.h"

namespace mss {
namespace {

// Xapian rejects terms over 245 bytes; a "word" that long is noise (a URL, a base64 blob).
constexpr std::size_t kMaxTermBytes = 200;

// Adds the words of one field; returns the position after the last word.
Xapian::termpos index_field(Xapian::Document& document, const std::vector<Token>& tokens,
                            Xapian::termpos position, bool is_title) {
    const Xapian::termcount wdf = is_title ? schema::kTitleWdfBoost : 1;
    for (const Token& token : tokens) {
        if (token.word.size() > kMaxTermBytes) {
            continue;
        }
        ++position;
        document.add_posting(token.word, position, wdf);
        if (is_title) {
            document.add_posting(schema::kTitlePrefix + token.word, position);
        }
        if (token.stopword) {
            continue;
        }
        document.add_term(schema::kStemPrefix + token.stem, wdf);
        if (is_title) {
            document.add_term(schema::kTitleStemPrefix + token.stem);
        }
    }
    return position;
}

}  // namespace

Xapian::Document build_document(const Article& article, Analyzer& analyzer) {
    Xapian::Document document;
    document.add_boolean_term(schema::id_term(article.id));
    const Xapian::termpos after_title =
        index_field(document, analyzer.analyze(article.title), 0, true);
    index_field(document, analyzer.analyze(article.body), after_title + schema::kBodyPositionGap,
                false);
    if (article.date) {
        document.add_value(schema::kDateSlot, schema::date_value(*article.date));
    }
    document.set_data(schema::serialise_article(article));
    return document;
}

}  // namespace mss
