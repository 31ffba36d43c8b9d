#include "stories/story_plan.h"

#include "schema.h"
#include "stories/shingle_fingerprint.h"
#include "stories/story_clusters.h"

namespace mss {
namespace {

struct StopReading {};

std::string carried_story(const std::vector<Xapian::Database>& indexes, const std::string& id) {
    const std::string term = schema::id_term(id);
    for (const Xapian::Database& index : indexes) {
        const Xapian::PostingIterator found = index.postlist_begin(term);
        if (found != index.postlist_end(term)) {
            return index.get_document(*found, Xapian::DOC_ASSUME_VALID)
                .get_value(schema::kStorySlot);
        }
    }
    return {};
}

}  // namespace

std::string StoryPlan::story(const std::string& article_id) const {
    const auto found = story_of.find(article_id);
    return found != story_of.end() ? found->second : single_article_story(article_id);
}

StoryPlan plan_stories(const std::vector<std::string>& sources,
                       const std::vector<Xapian::Database>& indexes, const ReadOptions& read,
                       const std::atomic<bool>* stop) {
    StoryClusters clusters;
    try {
        for (const std::string& source : sources) {
            read_articles(
                source,
                [&](Article&& article) {
                    if (stop != nullptr && stop->load()) {
                        throw StopReading{};
                    }
                    clusters.add(article.id, fingerprint_text(article.title, article.body),
                                 carried_story(indexes, article.id));
                },
                [](const SourceWarning&) {}, read);
        }
    } catch (const StopReading&) {
    }
    return StoryPlan{clusters.assign()};
}

}  // namespace mss
