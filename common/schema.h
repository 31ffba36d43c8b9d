// The index schema in one place: term prefixes, value slots, metadata keys and the document data.
// docs/SCHEMA.md explains each entry; keep the two in step.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include <mss/article.h>

#include "entities/entity_registry.h"
#include "language/language.h"

namespace mss::schema {

// Term prefixes (Xapian convention: upper case, Z for stemmed forms).
inline constexpr const char* kIdPrefix = "Q";          // unique article id, one per document
inline constexpr const char* kStemPrefix = "Z";        // stemmed body and headline words
inline constexpr const char* kTitlePrefix = "S";       // folded headline words, with positions
inline constexpr const char* kTitleStemPrefix = "ZS";  // stemmed headline words
// French articles' stems, by the French stemmer, under prefixes of their own: a stem means one
// thing in one language ("parti" is the English stem of "parties" and the French word "parti"),
// and BM25 weighs it by how common it is among the articles of that language. Haitian Creole has
// no stemmer and so no stem terms. English keeps "Z"/"ZS", so English articles index as before.
inline constexpr const char* kFrenchStemPrefix = "ZF";
inline constexpr const char* kFrenchTitleStemPrefix = "ZSF";
// The stem prefixes of a language: body and headline. Creole's are empty (no stem terms).
const char* stem_prefix(Language language);
const char* title_stem_prefix(Language language);

// Entities found in the article; the rest of the term is the canonical id. Their wdf says how
// much the article is about the entity (mentions, headline, lead: indexer/document_builder.cpp).
inline constexpr const char* kPersonPrefix = "XP";
inline constexpr const char* kCountryPrefix = "XC";
inline constexpr const char* kOrganisationPrefix = "XO";
inline constexpr const char* kPlacePrefix = "XL";
// The same entities where the article writes one of their names (an alias in entities/, not a
// cue such as "Kenyan" or "Washington", nor an implied entity or a person found by cues): what a
// free-text word that names the entity matches (docs/QUERY.md).
inline constexpr const char* kNamedPersonPrefix = "XNP";
inline constexpr const char* kNamedCountryPrefix = "XNC";
inline constexpr const char* kNamedOrganisationPrefix = "XNO";
inline constexpr const char* kNamedPlacePrefix = "XNL";

// The term the indexer adds for an entity: "XP" + "jimmy-cherizier".
std::string entity_term(EntityKind kind, std::string_view id);

// Article date as a boolean term, the day; its month and year are its leading digits (M and Y
// terms until format 14).
inline constexpr const char* kDayPrefix = "D";  // D20250122
// Dates the text mentions (not the article's own date): XD20250118.
inline constexpr const char* kMentionedDatePrefix = "XD";

// The outlet that published the article (Article::source) as its source id (source_id.h):
// XRcaribbean-wire. A boolean term, for the source: field.
inline constexpr const char* kSourcePrefix = "XR";

// The source root (file or folder given to mss-index) an article was read from, as a hash of its
// absolute path: deletions of vanished articles are limited to the roots a run reads.
inline constexpr const char* kSourceRootPrefix = "XS";

// The language the article was analysed in (language/language.h), one per article, as its code:
// XGfr. A boolean term, for the lang: field.
inline constexpr const char* kLanguagePrefix = "XG";
std::string language_term(Language language);

// The story an article belongs to (boolean term; the value is the story id, as in kStorySlot): its
// near-copies share it (indexer/stories/), so "the other copies of this story" is one term.
inline constexpr const char* kStoryPrefix = "XY";

// Headline words count this many times over a body word in the free-text field.
inline constexpr unsigned kTitleWdfBoost = 3;
// Gap in term positions between headline and body so phrases never span the two.
inline constexpr unsigned kBodyPositionGap = 100;

// Value slots.
inline constexpr unsigned kDateSlot = 0;  // "YYYYMMDD", sortable; absent for undated articles
inline constexpr unsigned kContentHashSlot = 1;  // hash of the source text, for incremental runs
// Every facet of the article in one value (facets_value() below), so counting facets reads one
// value per match. Xapian's own ValueCountMatchSpy counts each distinct value; the searcher splits
// the values into their lines (see searcher/facets/facet_counter.h). Slots 3, 4, 5, 8 and 11 held
// one facet each before index format 13 and are unused.
inline constexpr unsigned kFacetsSlot = 2;
// Order keys: the article date, then its id, so every order the searcher offers is a built-in
// Xapian value sort (a custom KeyMaker cannot run on a remote shard) and no tie is left to
// document ids, which differ between one index and the same articles spread over shards.
inline constexpr unsigned kNewestFirstSlot = 6;  // 99999999 minus YYYYMMDD, then id; undated last
inline constexpr unsigned kOldestFirstSlot = 7;  // YYYYMMDD, then id; undated last
// The story id (16 hex digits) shared by an article and its near-copies: the collapse key.
inline constexpr unsigned kStorySlot = 9;
// The article's MinHash fingerprint (indexer/stories/stored_fingerprint.h): later runs compare new
// articles with it instead of fingerprinting every article again.
inline constexpr unsigned kFingerprintSlot = 10;
// Length of the date part of both order keys.
inline constexpr std::size_t kOrderKeyDateLength = 8;

// Metadata keys.
inline constexpr const char* kFormatKey = "mss.format";        // mss::kIndexFormat as text
inline constexpr const char* kStopwordsKey = "mss.stopwords";  // the stopword list used
// The French and Haitian Creole stopword lists used.
inline constexpr const char* kFrenchStopwordsKey = "mss.stopwords.fr";
inline constexpr const char* kCreoleStopwordsKey = "mss.stopwords.ht";
inline constexpr const char* kEntitiesKey = "mss.entities";  // the entity registry used
inline constexpr const char* kStampKey = "mss.analysis";     // hash of format + analysis data
inline constexpr const char* kSourcesKey = "mss.sources";    // JSON: root term -> root path
// JSON: the extra entity files of the last full build, [{"path", "hash"}] (entity_file_record.h)
inline constexpr const char* kEntityFilesKey = "mss.entity_files";
// The zstd dictionary the document data is compressed with (stored_text.h), trained by the last
// full build; absent when that build had too few articles to train one.
inline constexpr const char* kDictionaryKey = "mss.text_dictionary";
// The royal titles the person finder knew (entities/royal_titles.txt), folded, one a line in byte
// order: a person id starting with one ("king-baudouin") is no commoner's full name, and the
// searcher's surname links must not take its last word for a surname (facets/surname_links.h).
inline constexpr const char* kRoyalTitlesKey = "mss.royal_titles";

// Document data is a JSON object holding the article as read, so results and snippets come from
// the original text without going back to the source files. It is stored compressed
// (stored_text.h): these functions read and write the JSON itself.
// `date_source` ("header", "text" or "none") is stored beside the article when given.
std::string serialise_article(const Article& article, const std::string& date_source = "");
struct StoredArticle {
    Article article;
    std::string date_source;  // "none" for data written without one
};
// Both parsers throw mss::IoError for data that is not the JSON serialise_article() writes.
StoredArticle parse_stored_article(const std::string& data);
Article parse_article(const std::string& data);
// The language of an indexed article, as its hits and the article shown by id both give it: the
// code the index stores, English when it stores none or one this build does not know.
Language stored_language(const Article& article);

// The facets of one article, as kFacetsSlot holds them.
struct FacetSet {
    ArticleEntities entities;
    std::vector<EntityRef> source;    // the outlet (source id, name as written); empty when unnamed
    std::vector<EntityRef> language;  // the language (code, English name); one per article
    std::string day;                  // the article date "YYYYMMDD"; empty when undated
};

// The kinds of line of a kFacetsSlot value: "<kind><id><TAB><display name>" for each entity and
// the outlet, in the order of FacetSet, then "D<YYYYMMDD>" for a dated article; lines end in '\n'.
inline constexpr char kPersonFacet = 'P';
inline constexpr char kCountryFacet = 'C';
inline constexpr char kOrganisationFacet = 'O';
inline constexpr char kPlaceFacet = 'L';
inline constexpr char kSourceFacet = 'R';
inline constexpr char kLanguageFacet = 'G';
inline constexpr char kDayFacet = 'D';

// What the index holds of each entity kind, in one table, in EntityKind order: the only map from
// a kind to its terms and facet lines, read by the indexer, the facets value and the searcher.
struct EntityKindSchema {
    EntityKind kind;
    const char* prefix;                             // its entity terms: prefix + id
    const char* named_prefix;                       // its named-entity terms: named_prefix + id
    char facet;                                     // the letter its kFacetsSlot lines start with
    std::vector<EntityRef> ArticleEntities::*refs;  // an article's entities of the kind
};
inline constexpr EntityKindSchema kEntityKindSchemas[] = {
    {EntityKind::kPerson, kPersonPrefix, kNamedPersonPrefix, kPersonFacet,
     &ArticleEntities::person},
    {EntityKind::kCountry, kCountryPrefix, kNamedCountryPrefix, kCountryFacet,
     &ArticleEntities::country},
    {EntityKind::kOrganisation, kOrganisationPrefix, kNamedOrganisationPrefix, kOrganisationFacet,
     &ArticleEntities::organisation},
    {EntityKind::kPlace, kPlacePrefix, kNamedPlacePrefix, kPlaceFacet, &ArticleEntities::place}};
const EntityKindSchema& entity_kind_schema(EntityKind kind);
// The entity kind whose facet lines start with `facet`; nullptr for the outlet, language and day.
const EntityKindSchema* entity_kind_of_facet(char facet);

// "" when the article has no facet at all (no value is stored then).
std::string facets_value(const FacetSet& facets);
FacetSet parse_facets_value(const std::string& value);

// One line of a kFacetsSlot value; `name` is empty for the day line.
struct FacetLine {
    char kind;
    std::string_view id;
    std::string_view name;
};

// Calls visit(FacetLine) for each line of `value`, without copying it (the facet counter's
// inner loop).
template <typename Visit>
void for_each_facet_line(std::string_view value, Visit visit) {
    while (!value.empty()) {
        const std::size_t newline = value.find('\n');
        const std::string_view line = value.substr(0, newline);
        value = newline == std::string_view::npos ? std::string_view() : value.substr(newline + 1);
        if (line.size() < 2) {
            continue;
        }
        const std::size_t tab = line.find('\t');
        const std::string_view id = line.substr(1, tab == std::string_view::npos ? tab : tab - 1);
        visit(FacetLine{line[0], id,
                        tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1)});
    }
}

// The Q-prefixed term that identifies an article. Ids too long for a Xapian term are shortened
// with a hash of the whole id, so the term stays unique.
std::string id_term(const std::string& id);

// The id that an id term spells whole, or "" when id_term() shortened it (the id is then read from
// the stored article).
std::string id_of_term(const std::string& term);

// The order keys of an article dated `day` ("YYYYMMDD", empty when undated) with id `id`.
std::string newest_first_key(const std::string& day, const std::string& id);
std::string oldest_first_key(const std::string& day, const std::string& id);
// The article id inside either order key.
std::string id_of_order_key(const std::string& key);

// The term of an article that writes a name of the entity: "XNC" + "us".
std::string named_entity_term(EntityKind kind, const std::string& id);

// "2025-01-22" -> "20250122".
std::string date_value(const std::string& iso_date);

}  // namespace mss::schema
