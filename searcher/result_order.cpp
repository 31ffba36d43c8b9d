#include "result_order.h"

#include <algorithm>
#include <string>

#include "schema.h"

namespace mss {
namespace {

struct KeyedMatch {
    RankedMatch match;
    std::string key;  // the order key: day part, then article id
};

std::string day_of(const std::string& key) {
    return key.substr(0, schema::kOrderKeyDateLength);
}

std::vector<KeyedMatch> keyed(const Xapian::MSet& mset) {
    std::vector<KeyedMatch> matches;
    matches.reserve(mset.size());
    for (auto item = mset.begin(); item != mset.end(); ++item) {
        matches.push_back({{*item, item.get_weight()}, item.get_sort_key()});
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

FetchWindow fetch_window(SortOrder sort, std::size_t offset, std::size_t limit) {
    if (sort == SortOrder::kRelevance) {
        return {static_cast<Xapian::doccount>(offset), static_cast<Xapian::doccount>(limit)};
    }
    return {0, static_cast<Xapian::doccount>(offset + limit + 1)};
}

std::vector<RankedMatch> ordered_page(
    const Xapian::MSet& fetched, const std::function<Xapian::MSet(Xapian::doccount)>& fetch_top,
    SortOrder sort, std::size_t offset, std::size_t limit) {
    std::vector<RankedMatch> page;
    if (sort == SortOrder::kRelevance) {
        for (auto item = fetched.begin(); item != fetched.end(); ++item) {
            page.push_back({*item, item.get_weight()});
        }
        return page;
    }
    const std::size_t end = offset + limit;
    std::vector<KeyedMatch> matches = keyed(fetched);
    // Fetch further while the page's last day may go on: its later articles may score higher.
    auto requested = static_cast<Xapian::doccount>(end + 1);
    while (end > 0 && matches.size() == requested &&
           day_of(matches.back().key) == day_of(matches[end - 1].key)) {
        requested *= 2;
        matches = keyed(fetch_top(requested));
    }
    // Xapian gave day then id; within a day, the better score first, then the id.
    std::stable_sort(matches.begin(), matches.end(), [](const KeyedMatch& a, const KeyedMatch& b) {
        const int day =
            a.key.compare(0, schema::kOrderKeyDateLength, b.key, 0, schema::kOrderKeyDateLength);
        return day != 0 ? day < 0 : a.match.weight > b.match.weight;
    });
    for (std::size_t i = offset; i < std::min(end, matches.size()); ++i) {
        page.push_back(matches[i].match);
    }
    return page;
}

}  // namespace mss
