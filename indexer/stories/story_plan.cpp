#include "stories/story_plan.h"

#include <optional>

#include "schema.h"
#include "stories/shingle_fingerprint.h"
#include "stories/stored_fingerprint.h"
#include "stories/story_clusters.h"

namespace mss {
namespace {

struct StopReading {};

// What the index holds of an article: the story it carries, and its fingerprint when the stored
// one is of this text and of the present rules.
struct Carried {
    std::string story;
    std::optional<ShingleFingerprint> fingerprint;
};

Carried carried(const std::vector<Xapian::Database>& indexes, const std::string& id,
                std::uint64_t text_hash) {
    const std::string term = schema::id_term(id);
    for (const Xapian::Database& index : indexes) {
        const Xapian::PostingIterator found = index.postlist_begin(term);
        if (found != index.postlist_end(term)) {
            const Xapian::Document document = index.get_document(*found, Xapian::DOC_ASSUME_VALID);
            return {
                document.get_value(schema::kStorySlot),
                parse_stored_fingerprint(document.get_value(schema::kFingerprintSlot), text_hash)};
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
                    Carried stored = carried(indexes, article.id,
                                             fingerprinted_text_hash(article.title, article.body));
                    if (stored.fingerprint) {
                        clusters.add(article.id, *stored.fingerprint, stored.story, true);
                    } else {
                        clusters.add(article.id, fingerprint_text(article.title, article.body),
                                     stored.story);
                    }
                },
                [](const SourceWarning&) {}, read);
        }
    } catch (const StopReading&) {
    }
    return StoryPlan{clusters.assign()};
}

}  // namespace mss
