#include "result_order.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "schema.h"

namespace mss {
namespace {

struct KeyedMatch {
    Xapian::docid docid;
    long long score_units;  // the score in units of 10^-kScoreDecimals
    std::string key;        // the order key: day part, then article id
};

long long score_units(double score) {
    return std::llround(score * std::pow(10.0, kScoreDecimals));
}

bool same_day(const KeyedMatch& a, const KeyedMatch& b) {
    return a.key.compare(0, schema::kOrderKeyDateLength, b.key, 0, schema::kOrderKeyDateLength) ==
           0;
}

std::vector<KeyedMatch> keyed(const Xapian::MSet& mset) {
    std::vector<KeyedMatch> matches;
    matches.reserve(mset.size());
    for (auto item = mset.begin(); item != mset.end(); ++item) {
        matches.push_back({*item, score_units(item.get_weight()), item.get_sort_key()});
    }
    return matches;
}

}  // namespace

void set_result_order(Xapian::Enquire& enquire, SortOrder sort) {
    switch (sort) {
        case SortOrder::kRelevance:
            enquire.set_sort_by_relevance_then_value(schema::kNewestFirstSlot, false);
            break;
        case SortOrder::kDateDescending:
            enquire.set_sort_by_value(schema::kNewestFirstSlot, false);
            break;
        case SortOrder::kDateAscending:
            enquire.set_sort_by_value(schema::kOldestFirstSlot, false);
            break;
    }
}

Xapian::doccount first_fetch_size(std::size_t offset, std::size_t limit) {
    return static_cast<Xapian::doccount>(offset + limit + 1);
}

std::vector<RankedMatch> ordered_page(
    const Xapian::MSet& fetched, const std::function<Xapian::MSet(Xapian::doccount)>& fetch_top,
    SortOrder sort, std::size_t offset, std::size_t limit) {
    // Runs that Xapian's order keeps together, and the final order within them.
    const bool by_day = sort != SortOrder::kRelevance;
    const auto same_run = [&](const KeyedMatch& a, const KeyedMatch& b) {
        return by_day ? same_day(a, b) : a.score_units == b.score_units;
    };
    const auto before = [&](const KeyedMatch& a, const KeyedMatch& b) {
        if (by_day && !same_day(a, b)) {
            return a.key < b.key;
        }
        return a.score_units != b.score_units ? a.score_units > b.score_units : a.key < b.key;
    };

    const std::size_t end = offset + limit;
    std::vector<KeyedMatch> matches = keyed(fetched);
    // Fetch further while the run the page ends in may go on past what we have. When nothing in
    // the query can score (filters alone: "country:us", a date range), every match ties at 0 and
    // Xapian's order by the key is already final: fetching the whole run would read every match.
    const bool all_tie = fetched.get_max_possible() == 0.0;
    auto requested = first_fetch_size(offset, limit);
    while (!all_tie && end > 0 && matches.size() == requested && matches.size() > end &&
           same_run(matches.back(), matches[end - 1])) {
        requested *= 2;
        matches = keyed(fetch_top(requested));
    }
    std::sort(matches.begin(), matches.end(), before);
    std::vector<RankedMatch> page;
    for (std::size_t i = offset; i < std::min(end, matches.size()); ++i) {
        page.push_back(
            {matches[i].docid,
             static_cast<double>(matches[i].score_units) / std::pow(10.0, kScoreDecimals),
             std::move(matches[i].key)});
    }
    return page;
}

}  // namespace mss
