#include "stories/story_plan.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>

#include "schema.h"
#include "stories/shingle_fingerprint.h"
#include "stories/stored_fingerprint.h"
#include "stories/story_clusters.h"

namespace mss {
namespace {

struct StopReading {};

// Articles read before they are fingerprinted together: enough to keep every thread busy for
// far longer than starting it takes, few enough that the batch's text stays small.
constexpr std::size_t kBatchArticles = 1024;

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

// An article read by the plan: its fingerprint is computed when its batch is complete.
struct PlannedArticle {
    std::string id;
    std::string title;
    std::string body;
    Carried stored;
};

// Fingerprints the batch's new and changed articles on `threads` threads (the stored ones are
// reused), then adds them all in the order they were read, so the plan is the one a single
// thread gives.
void add_batch(std::vector<PlannedArticle>& batch, unsigned threads, StoryClusters& clusters) {
    std::vector<ShingleFingerprint> computed(batch.size());
    std::vector<std::exception_ptr> failures(threads);
    const auto fingerprint_every = [&](unsigned first) {
        try {
            for (std::size_t i = first; i < batch.size(); i += threads) {
                if (!batch[i].stored.fingerprint) {
                    computed[i] = fingerprint_text(batch[i].title, batch[i].body);
                }
            }
        } catch (...) {
            failures[first] = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(threads - 1);
    unsigned started = 1;
    try {
        for (; started < threads; ++started) {
            workers.emplace_back(fingerprint_every, started);
        }
    } catch (const std::system_error&) {
        // No more threads to be had: this one does the shares of those not started, rather than
        // the started ones being destroyed unjoined (std::terminate).
    }
    for (unsigned t = started; t < threads; ++t) {
        fingerprint_every(t);
    }
    fingerprint_every(0);
    for (std::thread& worker : workers) {
        worker.join();
    }
    for (const std::exception_ptr& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const PlannedArticle& article = batch[i];
        if (article.stored.fingerprint) {
            clusters.add(article.id, *article.stored.fingerprint, article.stored.story, true);
        } else {
            clusters.add(article.id, computed[i], article.stored.story);
        }
    }
    batch.clear();
}

}  // namespace

std::string StoryPlan::story(const std::string& article_id) const {
    const auto found = story_of.find(article_id);
    return found != story_of.end() ? found->second : single_article_story(article_id);
}

StoryPlan plan_stories(const std::vector<std::string>& sources,
                       const std::vector<Xapian::Database>& indexes, const ReadOptions& read,
                       unsigned threads, const std::atomic<bool>* stop) {
    threads = std::max(threads, 1u);
    StoryClusters clusters;
    std::vector<PlannedArticle> batch;
    batch.reserve(kBatchArticles);
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
                    batch.push_back({std::move(article.id), std::move(article.title),
                                     std::move(article.body), std::move(stored)});
                    if (batch.size() == kBatchArticles) {
                        add_batch(batch, threads, clusters);
                    }
                },
                [](const SourceWarning&) {}, read);
        }
    } catch (const StopReading&) {
    }
    add_batch(batch, threads, clusters);
    return StoryPlan{clusters.assign()};
}

}  // namespace mss
