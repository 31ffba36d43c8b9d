#include "stories/more_like_this.h"

#include <algorithm>
#include <vector>

#include <mss/error.h>
#include <mss/search.h>

#include "schema.h"

namespace mss {
namespace {

bool starts_with(const std::string& text, const char* prefix) {
    return text.rfind(prefix, 0) == 0;
}

bool is_entity_term(const std::string& term) {
    for (const schema::EntityKindSchema& kind : schema::kEntityKindSchemas) {
        if (starts_with(term, kind.prefix)) {
            return true;
        }
    }
    return false;
}

// Words that are not stopwords (no prefix: they start lower-case, with a digit or a non-ASCII
// letter), stems (Z, not the headline's ZS, which repeat them) and entities; of those, only terms
// some article outside the story has, as the others cannot find anything else (and would
// otherwise rank highest, being the rarest).
class SignificantTerms : public Xapian::ExpandDecider {
  public:
    SignificantTerms(const Xapian::Database& database, const StopwordList& stopwords,
                     Xapian::doccount story_size)
        : database_(database), stopwords_(stopwords), story_size_(story_size) {}

    bool operator()(const std::string& term) const override {
        const unsigned char first = static_cast<unsigned char>(term.front());
        const bool wanted = (!(first >= 'A' && first <= 'Z') && !stopwords_.contains(term)) ||
                            (starts_with(term, schema::kStemPrefix) &&
                             !starts_with(term, schema::kTitleStemPrefix)) ||
                            is_entity_term(term);
        return wanted && database_.get_termfreq(term) > story_size_;
    }

  private:
    const Xapian::Database& database_;
    const StopwordList& stopwords_;
    const Xapian::doccount story_size_;
};

}  // namespace

Xapian::Query more_like_this(const Xapian::Database& database, const StopwordList& stopwords,
                             const std::string& article_id, std::size_t position) {
    const std::string id_term = schema::id_term(article_id);
    const Xapian::PostingIterator found = database.postlist_begin(id_term);
    if (found == database.postlist_end(id_term)) {
        throw QueryError("like: no article has the id '" + article_id + "'", position);
    }
    const Xapian::docid docid = *found;
    Xapian::RSet relevant;
    relevant.add_document(docid);
    const std::string story = database.get_document(docid).get_value(schema::kStorySlot);
    const Xapian::doccount story_size =
        story.empty()
            ? 1
            : std::max<Xapian::doccount>(1, database.get_termfreq(schema::kStoryPrefix + story));
    Xapian::Enquire enquire(database);
    const SignificantTerms decider(database, stopwords, story_size);
    // Exact term frequencies: over shards Xapian otherwise estimates them, and the shards would
    // pick other terms than one index of the same articles.
    const Xapian::ESet terms =
        enquire.get_eset(kLikeTerms, relevant, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
    std::vector<Xapian::Query> parts;
    const double top = terms.empty() ? 1.0 : terms.begin().get_weight();
    for (auto term = terms.begin(); term != terms.end(); ++term) {
        if (is_entity_term(*term)) {
            // Entity terms are boolean (no within-document frequency), so BM25 gives them no
            // weight: sharing one adds a fixed weight instead, scaled by its significance.
            parts.emplace_back(
                Xapian::Query::OP_AND,
                // release(): the query owns the source and frees it with itself.
                Xapian::Query(
                    (new Xapian::FixedWeightPostingSource(term.get_weight() / top))->release()),
                Xapian::Query(*term));
        } else {
            // The most significant terms of the article count most.
            parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*term),
                               term.get_weight() / top);
        }
    }
    std::vector<Xapian::Query> same_story = {Xapian::Query(id_term)};
    if (!story.empty()) {
        same_story.emplace_back(schema::kStoryPrefix + story);
    }
    return Xapian::Query(Xapian::Query::OP_AND_NOT,
                         Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()),
                         Xapian::Query(Xapian::Query::OP_OR, same_story.begin(), same_story.end()));
}

std::string like_query_text(const std::string& article_id) {
    return "like:\"" + article_id + "\"";
}

}  // namespace mss
