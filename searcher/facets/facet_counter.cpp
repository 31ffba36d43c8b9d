#include "facets/facet_counter.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "facets/linked_people.h"
#include "schema.h"

namespace mss {
namespace {

struct Counted {
    std::map<std::string, std::size_t> names;  // display names articles give the id, and how often
    std::size_t count = 0;

    // The name most articles give, so an id shows one name whatever the order of articles;
    // of names as frequent, the longest (the fuller form), then the first in byte order.
    std::string name() const {
        const std::pair<const std::string, std::size_t>* best = nullptr;
        for (const auto& entry : names) {
            if (best == nullptr || entry.second > best->second ||
                (entry.second == best->second && entry.first.size() > best->first.size())) {
                best = &entry;
            }
        }
        return best == nullptr ? std::string() : best->first;
    }
};

// Adds `count` to every entity of one distinct slot value: one "id<TAB>display name" line each.
// An id that `links` links to another counts under that one, once per article however many of
// its lines do; its own name only names the other when no article of the count shows that one's.
void count_lines(std::string_view value, std::size_t count, const SurnameLinks& links,
                 std::map<std::string, Counted>& counts,
                 std::map<std::string, Counted>& linked_names) {
    std::set<std::string> counted_here;
    while (!value.empty()) {
        const std::size_t newline = value.find('\n');
        const std::string_view line = value.substr(0, newline);
        value = newline == std::string_view::npos ? std::string_view() : value.substr(newline + 1);
        const std::size_t tab = line.find('\t');
        const std::string id(line.substr(0, tab));
        if (id.empty()) {
            continue;
        }
        const std::string name =
            tab == std::string_view::npos ? id : std::string(line.substr(tab + 1));
        const std::string& target = links.target(id);
        Counted& counted = counts[target];
        if (target == id) {
            counted.names[name] += count;
        } else {
            linked_names[target].names[name] += count;
        }
        if (counted_here.insert(target).second) {
            counted.count += count;
        }
    }
}

std::vector<FacetValue> entity_values(const Xapian::ValueCountMatchSpy& spy,
                                      const SurnameLinks& links, const Xapian::Database* database) {
    std::map<std::string, Counted> counts, linked_names;
    for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
        count_lines(*value, value.get_termfreq(), links, counts, linked_names);
    }
    std::vector<FacetValue> values;
    values.reserve(counts.size());
    for (const auto& [id, counted] : counts) {
        std::string name = counted.name();
        if (counted.names.empty()) {
            // Only articles naming the person by surname matched: the full name is read from an
            // article that names it, so the entry never shows a surname alone for a full name.
            name = database == nullptr ? std::string() : indexed_person_name(*database, id);
            if (name.empty()) {
                name = linked_names[id].name();
            }
        }
        values.push_back({id, std::move(name), counted.count});
    }
    std::stable_sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
        return a.count > b.count;  // ids are already in order within a count
    });
    return values;
}

// "20250118" -> "2025", "2025-01" or "2025-01-18".
std::string date_bucket(const std::string& value, DateBucket bucket) {
    switch (bucket) {
        case DateBucket::kYear:
            return value.substr(0, 4);
        case DateBucket::kMonth:
            return value.substr(0, 4) + "-" + value.substr(4, 2);
        case DateBucket::kDay:
            break;
    }
    return value.substr(0, 4) + "-" + value.substr(4, 2) + "-" + value.substr(6, 2);
}

}  // namespace

FacetCounter::FacetCounter(DateBucket bucket)
    : bucket_(bucket),
      person_(schema::kPersonSlot),
      country_(schema::kCountrySlot),
      organisation_(schema::kOrganisationSlot),
      place_(schema::kPlaceSlot),
      source_(schema::kSourceSlot),
      lang_(schema::kLanguageSlot),
      date_(schema::kDateSlot) {}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    for (Xapian::ValueCountMatchSpy* spy :
         {&person_, &country_, &organisation_, &place_, &source_, &lang_, &date_}) {
        enquire.add_matchspy(spy);
    }
}

bool FacetCounter::has_one_word_people() const {
    for (auto value = person_.values_begin(); value != person_.values_end(); ++value) {
        const std::string lines = *value;
        for (std::size_t at = 0; at < lines.size();) {
            const std::size_t end = std::min(lines.find('\n', at), lines.size());
            const std::size_t tab = std::min(lines.find('\t', at), end);
            if (lines.find('-', at) >= tab) {
                return true;
            }
            at = end + 1;
        }
    }
    return false;
}

Facets FacetCounter::facets(const SurnameLinks& people, const Xapian::Database* database) const {
    static const SurnameLinks kNoLinks;
    Facets facets;
    facets.person = entity_values(person_, people, database);
    facets.country = entity_values(country_, kNoLinks, nullptr);
    facets.organisation = entity_values(organisation_, kNoLinks, nullptr);
    facets.place = entity_values(place_, kNoLinks, nullptr);
    facets.source = entity_values(source_, kNoLinks, nullptr);
    facets.lang = entity_values(lang_, kNoLinks, nullptr);
    // Days come out in order, so their buckets do too.
    std::size_t dated = 0;
    for (auto value = date_.values_begin(); value != date_.values_end(); ++value) {
        const std::string day = *value;
        if (day.size() != schema::kOrderKeyDateLength) {
            continue;
        }
        const std::string bucket = date_bucket(day, bucket_);
        if (facets.date.empty() || facets.date.back().bucket != bucket) {
            facets.date.push_back({bucket, 0});
        }
        facets.date.back().count += value.get_termfreq();
        dated += value.get_termfreq();
    }
    // The spy sees every examined match, with or without a date.
    facets.undated = date_.get_total() - dated;
    return facets;
}

}  // namespace mss
