// The index schema in one place: term prefixes, value slots, metadata keys and the document data.
// docs/SCHEMA.md explains each entry; keep the two in step.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include <mss/article.h>

namespace mss::schema {

// Term prefixes (Xapian convention: upper case, Z for stemmed forms).
inline constexpr const char* kIdPrefix = "Q";          // unique article id, one per document
inline constexpr const char* kStemPrefix = "Z";        // stemmed body and headline words
inline constexpr const char* kTitlePrefix = "S";       // folded headline words, with positions
inline constexpr const char* kTitleStemPrefix = "ZS";  // stemmed headline words

// Headline words count this many times over a body word in the free-text field.
inline constexpr unsigned kTitleWdfBoost = 3;
// Gap in term positions between headline and body so phrases never span the two.
inline constexpr unsigned kBodyPositionGap = 100;

// Value slots.
inline constexpr unsigned kDateSlot = 0;  // "YYYYMMDD", sortable; absent for undated articles

// Metadata keys.
inline constexpr const char* kFormatKey = "mss.format";        // mss::kIndexFormat as text
inline constexpr const char* kStopwordsKey = "mss.stopwords";  // the stopword list used

// Document data is a JSON object holding the article as read, so results and snippets come from
// the original text without going back to the source files.
std::string serialise_article(const Article& article);
Article parse_article(const std::string& data);

// The Q-prefixed term that identifies an article. Ids too long for a Xapian term are shortened
// with a hash of the whole id, so the term stays unique.
std::string id_term(const std::string& id);

// "2025-01-22" -> "20250122".
std::string date_value(const std::string& iso_date);

}  // namespace mss::schema
