#include "stories/story_collapse.h"

#include <iterator>

#include "schema.h"

namespace mss {

void collapse_stories(Xapian::Enquire& enquire) {
    enquire.set_collapse_key(schema::kStorySlot);
}

StoryCount story_count(const Xapian::MSet& matches, bool collapsed) {
    if (!collapsed) {
        return {};
    }
    return {matches.get_matches_estimated(),
            matches.get_matches_lower_bound() == matches.get_matches_upper_bound(), true};
}

StorySpy::StorySpy(Xapian::Enquire& enquire, MatchedShards shards)
    : shards_(shards), spy_(schema::kStorySlot) {
    if (shards_ == MatchedShards::kLocal) {
        enquire.add_matchspy(&keys_);
    } else {
        enquire.add_matchspy(&spy_);
    }
}

void StorySpy::KeySpy::operator()(const Xapian::Document& document, double) {
    // As ValueCountMatchSpy, a match without a story key counts none.
    std::string key = document.get_value(schema::kStorySlot);
    if (!key.empty()) {
        keys_.insert(std::move(key));
    }
}

StoryCount StorySpy::count() const {
    if (shards_ == MatchedShards::kLocal) {
        return {keys_.distinct(), true, true};
    }
    return {static_cast<std::size_t>(std::distance(spy_.values_begin(), spy_.values_end())), true,
            true};
}

void set_story_count(const StoryCount& count, SearchResult& result) {
    if (count.known) {
        result.stories = count.count;
        result.stories_exact = count.exact;
    }
}

void add_duplicates(const Xapian::Database& database, const StoredTextReader& text,
                    const Xapian::Query& strict, const Xapian::Query& relaxed,
                    std::vector<Hit>& hits) {
    for (Hit& hit : hits) {
        // Most stories are one article: one term lookup spares them a pass over the query.
        if (hit.story.empty() || database.get_termfreq(schema::kStoryPrefix + hit.story) <= 1) {
            continue;
        }
        const Xapian::Query& matched = hit.matches_all || relaxed.empty() ? strict : relaxed;
        const Xapian::Query copies(Xapian::Query::OP_AND_NOT,
                                   Xapian::Query(Xapian::Query::OP_FILTER, matched,
                                                 Xapian::Query(schema::kStoryPrefix + hit.story)),
                                   Xapian::Query(schema::id_term(hit.id)));
        Xapian::Enquire enquire(database);
        enquire.set_query(copies);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_sort_by_value(schema::kOldestFirstSlot, false);
        const Xapian::MSet found = enquire.get_mset(0, kMaxDuplicates);
        for (auto match = found.begin(); match != found.end(); ++match) {
            const Article article =
                schema::parse_article(text.restore(match.get_document().get_data()));
            hit.duplicates.push_back(
                {article.id, article.path, article.title, article.source, article.date});
        }
    }
}

}  // namespace mss
