#include "article_analysis.h"

#include <algorithm>
#include <tuple>

#include "analysis/code_point_offsets.h"
#include "analysis/source_id.h"
#include "data_dir.h"
#include "data_file.h"
#include "entities/entity_data.h"

namespace mss {
namespace {

void set_char_offsets(std::string_view text, FieldAnalysis& field) {
    CodePointOffsets chars(text);
    for (EntityMention& mention : field.entities) {
        mention.char_begin = chars.at(mention.begin);
        mention.char_end = chars.at(mention.end);
    }
    CodePointOffsets date_chars(text);
    for (DateMention& mention : field.dates) {
        mention.char_begin = date_chars.at(mention.begin);
        mention.char_end = date_chars.at(mention.end);
    }
}

}  // namespace

void add_char_offsets(const Article& article, ArticleAnalysis& analysis) {
    set_char_offsets(article.title, analysis.title);
    set_char_offsets(article.body, analysis.body);
}

ArticleAnalyser::ArticleAnalyser(std::array<StopwordList, 3> stopwords, EntityRegistry registry,
                                 PersonCues cues, EntityImplications implications,
                                 CalendarWords calendar)
    : analyzer_(std::move(stopwords[0]), std::move(stopwords[1]), std::move(stopwords[2])),
      registry_(std::move(registry)),
      cues_(std::move(cues)),
      implications_(std::move(implications)),
      extractor_(registry_, cues_, implications_),
      calendar_(std::move(calendar)) {}

ArticleAnalysis ArticleAnalyser::analyse(const Article& article) {
    ArticleAnalysis analysis;
    analysis.language = choose_language(article);
    analysis.title.tokens = analyzer_.analyze(article.title, analysis.language.language);
    analysis.body.tokens = analyzer_.analyze(article.body, analysis.language.language);
    auto mentions = extractor_.extract(
        {{article.title, analysis.title.tokens}, {article.body, analysis.body.tokens}});
    analysis.title.entities = std::move(mentions[0]);
    analysis.body.entities = std::move(mentions[1]);

    // Relative dates need the article date, which itself may come from the text: find the
    // explicit dates first, settle the article date, then resolve the rest against it.
    auto find_dates = [&](const std::optional<CivilDate>& article_date) {
        analysis.title.dates =
            find_date_mentions(article.title, analysis.title.tokens, article_date, calendar_);
        analysis.body.dates =
            find_date_mentions(article.body, analysis.body.tokens, article_date, calendar_);
    };
    std::optional<CivilDate> known = article.date ? parse_iso_date(*article.date) : std::nullopt;
    find_dates(known);
    analysis.date = resolve_article_date(article, analysis.title.dates, analysis.body.dates);
    if (!known && analysis.date.date) {
        find_dates(parse_iso_date(*analysis.date.date));
    }

    std::vector<EntityMention> all = analysis.title.entities;
    all.insert(all.end(), analysis.body.entities.begin(), analysis.body.entities.end());
    analysis.entities = distinct_entities(all);
    const auto add_named = [&](EntityKind kind, const std::string& id) {
        const bool seen =
            std::any_of(analysis.named.begin(), analysis.named.end(),
                        [&](const EntityKey& key) { return key.kind == kind && key.id == id; });
        if (!seen) {
            analysis.named.push_back({kind, id});
        }
    };
    for (const EntityMention& mention : all) {
        if (mention.named) {
            add_named(mention.kind, mention.id);
        }
    }
    for (const auto& [text, field] : {std::pair{std::string_view(article.title), &analysis.title},
                                      std::pair{std::string_view(article.body), &analysis.body}}) {
        for (const EntityKey& key :
             extractor_.nested_names({text, field->tokens}, field->entities)) {
            add_named(key.kind, key.id);
        }
    }
    analysis.source_id = source_id(analyzer_, article.source);
    return analysis;
}

std::unique_ptr<ArticleAnalyser> load_article_analyser(
    const std::string& data_dir, const std::vector<std::string>& entity_files) {
    const std::string dir = find_data_dir(data_dir);
    EntityImplications implications;
    for (const auto& [file, from, to] :
         {std::tuple{"place_countries.tsv", EntityKind::kPlace, EntityKind::kCountry},
          std::tuple{"organisation_parents.tsv", EntityKind::kOrganisation,
                     EntityKind::kOrganisation}}) {
        const std::string path = dir + "/entities/" + file;
        implications.add(read_data_file(path), path, from, to);
    }
    const std::string creole_calendar = dir + "/entities/haitian_creole_calendar.txt";
    return std::make_unique<ArticleAnalyser>(
        std::array<StopwordList, 3>{StopwordList::load(dir + "/stopwords/english.txt"),
                                    StopwordList::load(dir + "/stopwords/french.txt"),
                                    StopwordList::load(dir + "/stopwords/haitian_creole.txt")},
        load_entity_registry(dir + "/entities", entity_files), PersonCues::load(dir + "/entities"),
        std::move(implications), CalendarWords(read_data_file(creole_calendar), creole_calendar));
}

}  // namespace mss
