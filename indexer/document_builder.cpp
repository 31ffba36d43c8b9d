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
        // The whole hyphenated compound shares its first part's position, so "portauprince"
        // and "Port-au-Prince" find what the parts find.
        if (!token.compound.empty() && token.compound.size() <= kMaxTermBytes) {
            document.add_posting(token.compound, position, wdf);
            if (token.compound_stem != token.compound) {
                document.add_term(schema::kStemPrefix + token.compound_stem, wdf);
            }
        }
        // A word that is its own stem gets no stem term: the searcher matches the word itself
        // (docs/SCHEMA.md). That is most words, and their stem terms were a third of all postings.
        if (token.stopword || token.stem == token.word) {
            continue;
        }
        document.add_term(schema::kStemPrefix + token.stem, wdf);
        if (is_title) {
            document.add_term(schema::kTitleStemPrefix + token.stem);
        }
    }
    return position;
}

void index_entities(Xapian::Document& document, const ArticleEntities& entities) {
    const struct {
        const std::vector<EntityRef>& refs;
        const char* prefix;
        unsigned slot;
    } kinds[] = {{entities.person, schema::kPersonPrefix, schema::kPersonSlot},
                 {entities.country, schema::kCountryPrefix, schema::kCountrySlot},
                 {entities.organisation, schema::kOrganisationPrefix, schema::kOrganisationSlot},
                 {entities.place, schema::kPlacePrefix, schema::kPlaceSlot}};
    for (const auto& kind : kinds) {
        for (const EntityRef& ref : kind.refs) {
            const std::string term = kind.prefix + ref.id;
            if (term.size() <= kMaxTermBytes) {
                document.add_boolean_term(term);
            }
        }
        if (!kind.refs.empty()) {
            document.add_value(kind.slot, schema::facet_value(kind.refs));
        }
    }
}

void index_dates(Xapian::Document& document, const ArticleAnalysis& analysis) {
    if (analysis.date.date) {
        const std::string day = schema::date_value(*analysis.date.date);
        document.add_value(schema::kDateSlot, day);
        document.add_boolean_term(schema::kDayPrefix + day);
        document.add_boolean_term(schema::kMonthPrefix + day.substr(0, 6));
        document.add_boolean_term(schema::kYearPrefix + day.substr(0, 4));
    }
    for (const FieldAnalysis* field : {&analysis.title, &analysis.body}) {
        for (const DateMention& mention : field->dates) {
            for (const std::string& value : covered_date_values(mention)) {
                document.add_boolean_term(schema::kMentionedDatePrefix + value);
            }
        }
    }
}

// The outlet's name is kept as written for display; its id makes the term and the facet line.
void index_source(Xapian::Document& document, const Article& article,
                  const ArticleAnalysis& analysis) {
    const std::string& id = analysis.source_id;
    if (id.empty() || id.size() > kMaxTermBytes) {
        return;
    }
    document.add_boolean_term(schema::kSourcePrefix + id);
    std::string name = article.source;
    for (char& c : name) {
        if (c == '\n' || c == '\t' || c == '\r') {  // the slot's line format has no room for them
            c = ' ';
        }
    }
    document.add_value(schema::kSourceSlot, schema::facet_value({{id, name}}));
}

}  // namespace

Xapian::Document build_document(const Article& article, const ArticleAnalysis& analysis) {
    Xapian::Document document;
    document.add_boolean_term(schema::id_term(article.id));
    const Xapian::termpos after_title = index_field(document, analysis.title.tokens, 0, true);
    index_field(document, analysis.body.tokens, after_title + schema::kBodyPositionGap, false);
    index_entities(document, analysis.entities);
    index_dates(document, analysis);
    index_source(document, article, analysis);
    const std::string day = analysis.date.date ? schema::date_value(*analysis.date.date) : "";
    document.add_value(schema::kNewestFirstSlot, schema::newest_first_key(day, article.id));
    document.add_value(schema::kOldestFirstSlot, schema::oldest_first_key(day, article.id));
    Article stored = article;
    stored.date = analysis.date.date;
    document.set_data(schema::serialise_article(stored, analysis.date.source));
    return document;
}

}  // namespace mss
