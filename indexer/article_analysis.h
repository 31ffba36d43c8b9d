// Everything the analyser learns from one article: words, entities and dates. The document builder
// indexes it; mss-index --explain prints it.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include <mss/article.h>

#include "analysis/analyzer.h"
#include "dates/article_date.h"
#include "dates/calendar_words.h"
#include "dates/date_mentions.h"
#include "entities/entity_extractor.h"
#include "entities/entity_implications.h"
#include "entities/entity_registry.h"
#include "entities/person_cues.h"
#include "language/language_identifier.h"

namespace mss {

struct FieldAnalysis {
    std::vector<Token> tokens;
    std::vector<EntityMention> entities;  // offsets (bytes and characters) into this field's text
    std::vector<DateMention> dates;
};

struct ArticleAnalysis {
    FieldAnalysis title;
    FieldAnalysis body;
    ArticleDate date;
    ArticleEntities entities;  // each entity once, headline first
    // The entities whose name (not a cue) the text writes, each once: those of `entities`, and
    // names written inside a longer name ("Haïti" in "Police nationale d'Haïti"), which tag
    // nothing.
    std::vector<EntityKey> named;
    std::string source_id;  // the outlet's id (analysis/source_id.h); "" when none is named
    // The language the words were analysed in, and how it was settled.
    LanguageChoice language;
};

// Mentions are found by byte offsets; their character offsets are what a program outside C++ cuts
// the field text with (include/mss/mentions.h). Only what shows occurrences needs them (--explain,
// MentionFinder), not the index, so analyse() leaves them at 0 and this fills them in.
void add_char_offsets(const Article& article, ArticleAnalysis& analysis);

// Holds the analyser's per-thread state (ICU iterators, stemmer) and the entity data: one per
// thread. Not copyable or movable: the extractor refers to the registry it owns.
class ArticleAnalyser {
  public:
    // The stopword lists of English, French and Haitian Creole, in that order.
    ArticleAnalyser(std::array<StopwordList, 3> stopwords, EntityRegistry registry, PersonCues cues,
                    EntityImplications implications, CalendarWords calendar = CalendarWords());
    ArticleAnalyser(const ArticleAnalyser&) = delete;
    ArticleAnalyser& operator=(const ArticleAnalyser&) = delete;

    ArticleAnalysis analyse(const Article& article);

    Analyzer& analyzer() { return analyzer_; }
    const EntityRegistry& registry() const { return registry_; }
    const PersonCues& cues() const { return cues_; }

  private:
    Analyzer analyzer_;
    const EntityRegistry registry_;
    const PersonCues cues_;
    const EntityImplications implications_;
    const EntityExtractor extractor_;
    const CalendarWords calendar_;
};

// The analyser the tools use: stopwords and entity data from `data_dir` (empty: the installed
// data), plus the user's extra entity files. Throws mss::IoError / mss::InputError.
std::unique_ptr<ArticleAnalyser> load_article_analyser(
    const std::string& data_dir, const std::vector<std::string>& entity_files);

}  // namespace mss
