// The public view of an article's analysis (include/mss/mentions.h).
#include <mss/mentions.h>

#include <nlohmann/json.hpp>

#include "article_analysis.h"

namespace mss {
namespace {

std::string span_text(std::string_view text, std::size_t begin, std::size_t end) {
    return std::string(text.substr(begin, end - begin));
}

void add_field(const char* field, std::string_view text, const FieldAnalysis& analysis,
               ArticleMentions& mentions) {
    for (const EntityMention& mention : analysis.entities) {
        mentions.entities.push_back(
            {field, std::string(kind_name(mention.kind)), mention.id, mention.name,
             mention.char_begin, mention.char_end, mention.begin, mention.end,
             span_text(text, mention.begin, mention.end), mention.evidence});
    }
    for (const DateMention& mention : analysis.dates) {
        mentions.dates.push_back({field, mention.char_begin, mention.char_end, mention.begin,
                                  mention.end, span_text(text, mention.begin, mention.end),
                                  mention.value, mention.last_day, mention.how});
    }
}

}  // namespace

struct MentionFinder::Impl {
    std::unique_ptr<ArticleAnalyser> analyser;
};

MentionFinder::MentionFinder(const IndexWriterOptions& options)
    : impl_(std::make_unique<Impl>(
          Impl{load_article_analyser(options.data_dir, options.entity_files)})) {}

MentionFinder::~MentionFinder() = default;

ArticleMentions MentionFinder::find(const Article& article) {
    ArticleAnalysis analysis = impl_->analyser->analyse(article);
    add_char_offsets(article, analysis);
    ArticleMentions mentions;
    mentions.date = analysis.date.date;
    mentions.date_source = analysis.date.source;
    add_field("title", article.title, analysis.title, mentions);
    add_field("body", article.body, analysis.body, mentions);
    return mentions;
}

std::string mentions_to_json(const Article& article, const ArticleMentions& mentions) {
    nlohmann::ordered_json entities = nlohmann::ordered_json::array();
    for (const EntityOccurrence& entity : mentions.entities) {
        entities.push_back({{"field", entity.field},
                            {"kind", entity.kind},
                            {"id", entity.id},
                            {"name", entity.name},
                            {"begin", entity.begin},
                            {"end", entity.end},
                            {"byte_begin", entity.byte_begin},
                            {"byte_end", entity.byte_end},
                            {"text", entity.text},
                            {"evidence", entity.evidence}});
    }
    nlohmann::ordered_json dates = nlohmann::ordered_json::array();
    for (const DateOccurrence& date : mentions.dates) {
        nlohmann::ordered_json item = {{"field", date.field},       {"begin", date.begin},
                                       {"end", date.end},           {"byte_begin", date.byte_begin},
                                       {"byte_end", date.byte_end}, {"text", date.text},
                                       {"value", date.value},       {"how", date.how}};
        if (!date.last_day.empty()) {
            item["last_day"] = date.last_day;
        }
        dates.push_back(std::move(item));
    }
    const nlohmann::ordered_json line = {
        {"id", article.id},
        {"path", article.path},
        {"date",
         mentions.date ? nlohmann::ordered_json(*mentions.date) : nlohmann::ordered_json(nullptr)},
        {"date_source", mentions.date_source},
        {"entities", std::move(entities)},
        {"dates", std::move(dates)}};
    return line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace mss
