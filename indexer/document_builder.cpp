#include "document_builder.h"

#include <map>
#include <string>

#include "schema.h"
#include "stories/stored_fingerprint.h"

namespace mss {
namespace {

// Xapian rejects terms over 245 bytes; a "word" that long is noise (a URL, a base64 blob).
constexpr std::size_t kMaxTermBytes = 200;

// Adds the words of one field; returns the position after the last word. Stems go under the
// prefixes of the article's language (schema.h).
Xapian::termpos index_field(Xapian::Document& document, const std::vector<Token>& tokens,
                            Xapian::termpos position, bool is_title, Language language) {
    const Xapian::termcount wdf = is_title ? schema::kTitleWdfBoost : 1;
    const std::string stem_prefix = schema::stem_prefix(language);
    const std::string title_stem_prefix = schema::title_stem_prefix(language);
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
                document.add_term(stem_prefix + token.compound_stem, wdf);
            }
        }
        // A word that is its own stem gets no stem term: the searcher matches the word itself
        // (docs/SCHEMA.md). That is most words, and their stem terms were a third of all postings.
        if (token.stopword || token.stem == token.word) {
            continue;
        }
        document.add_term(stem_prefix + token.stem, wdf);
        if (is_title) {
            document.add_term(title_stem_prefix + token.stem);
        }
    }
    return position;
}

// How much an article is about each entity it names, as the wdf of the entity's term, which
// ranks queries of fields alone (docs/QUERY.md, "Ranking"): each mention counts, one in the
// headline as much as a headline word does, one in the lead of the body twice.
constexpr std::size_t kLeadBytes = 300;

std::map<std::string, Xapian::termcount> mention_weights(const ArticleAnalysis& analysis) {
    std::map<std::string, Xapian::termcount> weights;
    for (const EntityMention& mention : analysis.title.entities) {
        weights[schema::entity_term(mention.kind, mention.id)] += schema::kTitleWdfBoost;
    }
    for (const EntityMention& mention : analysis.body.entities) {
        weights[schema::entity_term(mention.kind, mention.id)] +=
            mention.begin < kLeadBytes ? 2 : 1;
    }
    return weights;
}

void index_entities(Xapian::Document& document, const ArticleAnalysis& analysis) {
    const auto weights = mention_weights(analysis);
    for (const schema::EntityKindSchema& kind : schema::kEntityKindSchemas) {
        for (const EntityRef& ref : analysis.entities.*kind.refs) {
            const std::string term = kind.prefix + ref.id;
            if (term.size() <= kMaxTermBytes) {
                // An entity the article implies without naming it (a country from its city)
                // weighs as one passing mention.
                const auto weight = weights.find(term);
                document.add_term(term, weight == weights.end() ? 1 : weight->second);
            }
        }
    }
}

// The named-entity terms a free-text word naming the entity matches (schema.h).
void index_named_entities(Xapian::Document& document, const std::vector<EntityKey>& named) {
    for (const EntityKey& key : named) {
        if (const std::string term = schema::named_entity_term(key.kind, key.id);
            term.size() <= kMaxTermBytes) {
            document.add_boolean_term(term);
        }
    }
}

void index_dates(Xapian::Document& document, const ArticleAnalysis& analysis) {
    if (analysis.date.date) {
        const std::string day = schema::date_value(*analysis.date.date);
        document.add_value(schema::kDateSlot, day);
        // The day alone: its month and year are the terms it begins with (OP_WILDCARD on
        // "D202501" or "D2025"), so month and year terms would add postings and say nothing more.
        document.add_boolean_term(schema::kDayPrefix + day);
    }
    for (const FieldAnalysis* field : {&analysis.title, &analysis.body}) {
        for (const DateMention& mention : field->dates) {
            for (const std::string& value : covered_date_values(mention)) {
                document.add_boolean_term(schema::kMentionedDatePrefix + value);
            }
        }
    }
}

bool has_source_term(const ArticleAnalysis& analysis) {
    return !analysis.source_id.empty() && analysis.source_id.size() <= kMaxTermBytes;
}

void index_source(Xapian::Document& document, const ArticleAnalysis& analysis) {
    if (has_source_term(analysis)) {
        document.add_boolean_term(schema::kSourcePrefix + analysis.source_id);
    }
}

// Every facet in one value, so the facet pass reads one value per match (schema.h). The outlet's
// name is kept as written for display; its id makes the facet line.
void index_facets(Xapian::Document& document, const Article& article,
                  const ArticleAnalysis& analysis) {
    schema::FacetSet facets;
    facets.entities = analysis.entities;
    const Language language = analysis.language.language;
    facets.language.push_back({language_code(language), language_name(language)});
    if (has_source_term(analysis)) {
        facets.source.push_back({analysis.source_id, article.source});
    }
    if (analysis.date.date) {
        facets.day = schema::date_value(*analysis.date.date);
    }
    if (std::string value = schema::facets_value(facets); !value.empty()) {
        document.add_value(schema::kFacetsSlot, std::move(value));
    }
}

void index_language(Xapian::Document& document, Language language) {
    document.add_boolean_term(schema::language_term(language));
}

}  // namespace

Xapian::Document build_document(const Article& article, const ArticleAnalysis& analysis,
                                const std::string& story) {
    Xapian::Document document;
    document.add_boolean_term(schema::id_term(article.id));
    document.add_boolean_term(schema::kStoryPrefix + story);
    document.add_value(schema::kStorySlot, story);
    document.add_value(schema::kFingerprintSlot, stored_fingerprint(article.title, article.body));
    const Language language = analysis.language.language;
    const Xapian::termpos after_title =
        index_field(document, analysis.title.tokens, 0, true, language);
    index_field(document, analysis.body.tokens, after_title + schema::kBodyPositionGap, false,
                language);
    index_language(document, language);
    index_entities(document, analysis);
    index_named_entities(document, analysis.named);
    index_dates(document, analysis);
    index_source(document, analysis);
    index_facets(document, article, analysis);
    const std::string day = analysis.date.date ? schema::date_value(*analysis.date.date) : "";
    document.add_value(schema::kNewestFirstSlot, schema::newest_first_key(day, article.id));
    document.add_value(schema::kOldestFirstSlot, schema::oldest_first_key(day, article.id));
    Article stored = article;
    stored.date = analysis.date.date;
    stored.language = language_code(language);
    document.set_data(schema::serialise_article(stored, analysis.date.source));
    return document;
}

}  // namespace mss
