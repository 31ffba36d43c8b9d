#include "stories/added_article_stories.h"

#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include "schema.h"
#include "stored_text.h"
#include "stories/stored_fingerprint.h"

namespace mss {

void AddedArticleStories::remember(Xapian::docid document, const ShingleFingerprint& fingerprint) {
    fingerprints_[document] = fingerprint;
    if (fingerprint.shingles == 0) {
        return;
    }
    candidates_.insert(candidate_keys(fingerprint), document);
}

void AddedArticleStories::load() {
    loaded_ = true;
    std::optional<StoredTextReader> text;  // only for documents without a stored fingerprint
    for (auto it = database_.postlist_begin(""); it != database_.postlist_end(""); ++it) {
        const Xapian::Document document = database_.get_document(*it, Xapian::DOC_ASSUME_VALID);
        auto fingerprint =
            parse_stored_fingerprint_of_any_text(document.get_value(schema::kFingerprintSlot));
        if (!fingerprint) {
            // Written before fingerprints were stored, or under other rules: from its own text.
            if (!text) {
                text = StoredTextReader::of(database_);
            }
            const Article stored = schema::parse_article(text->restore(document.get_data()));
            fingerprint = fingerprint_text(stored.title, stored.body);
        }
        remember(*it, *fingerprint);
    }
}

std::size_t AddedArticleStories::articles_in(const std::string& story, Xapian::docid except) const {
    const std::string term = schema::kStoryPrefix + story;
    std::size_t count = 0;
    for (auto it = database_.postlist_begin(term); it != database_.postlist_end(term); ++it) {
        count += *it != except;
    }
    return count;
}

void AddedArticleStories::merge(const std::string& from, const std::string& into) {
    const std::string from_term = schema::kStoryPrefix + from;
    std::vector<Xapian::docid> members;
    for (auto it = database_.postlist_begin(from_term); it != database_.postlist_end(from_term);
         ++it) {
        members.push_back(*it);
    }
    for (const Xapian::docid member : members) {
        Xapian::Document document = database_.get_document(member);
        document.remove_term(from_term);
        document.add_boolean_term(schema::kStoryPrefix + into);
        document.add_value(schema::kStorySlot, into);
        database_.replace_document(member, document);
    }
}

std::string AddedArticleStories::join(const Article& article) {
    if (!loaded_) {
        load();
    }
    const std::string id_term = schema::id_term(article.id);
    const Xapian::PostingIterator existing = database_.postlist_begin(id_term);
    const Xapian::docid own = existing != database_.postlist_end(id_term) ? *existing : 0;

    joining_ = fingerprint_text(article.title, article.body);
    const ShingleFingerprint& fingerprint = joining_;
    std::set<std::string> stories;  // of the copies
    if (fingerprint.shingles != 0) {
        std::unordered_set<Xapian::docid> checked;
        for (const std::uint64_t key : candidate_keys(fingerprint)) {
            candidates_.visit(key, [&](Xapian::docid other) {
                if (other == own || !checked.insert(other).second) {
                    return;
                }
                const auto found = fingerprints_.find(other);
                if (found != fingerprints_.end() && are_copies(fingerprint, found->second)) {
                    stories.insert(database_.get_document(other, Xapian::DOC_ASSUME_VALID)
                                       .get_value(schema::kStorySlot));
                }
            });
        }
    }
    stories.erase(std::string());
    if (stories.empty()) {
        std::string story = single_article_story(article.id);
        for (int attempt = 1; articles_in(story, own) != 0; ++attempt) {
            story = single_article_story(article.id + "#" + std::to_string(attempt));
        }
        return story;
    }
    // The story with the most articles keeps its id, then the smaller id (StoryClusters' rule).
    std::string chosen;
    std::size_t most = 0;
    for (const std::string& story : stories) {
        const std::size_t count = articles_in(story, own);
        if (chosen.empty() || count > most) {
            chosen = story;
            most = count;
        }
    }
    for (const std::string& story : stories) {
        if (story != chosen) {
            merge(story, chosen);
        }
    }
    return chosen;
}

void AddedArticleStories::added(Xapian::docid document) {
    remember(document, joining_);
}

}  // namespace mss
