#include "facets/facet_counter.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

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
void count_lines(std::string_view value, std::size_t count,
                 std::map<std::string, Counted>& counts) {
    while (!value.empty()) {
        const std::size_t newline = value.find('\n');
        const std::string_view line = value.substr(0, newline);
        value = newline == std::string_view::npos ? std::string_view() : value.substr(newline + 1);
        const std::size_t tab = line.find('\t');
        const std::string_view id = line.substr(0, tab);
        if (id.empty()) {
            continue;
        }
        Counted& counted = counts[std::string(id)];
        counted.names[tab == std::string_view::npos ? std::string(id)
                                                    : std::string(line.substr(tab + 1))] += count;
        counted.count += count;
    }
}

std::vector<FacetValue> entity_values(const Xapian::ValueCountMatchSpy& spy) {
    std::map<std::string, Counted> counts;
    for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
        count_lines(*value, value.get_termfreq(), counts);
    }
    std::vector<FacetValue> values;
    values.reserve(counts.size());
    for (const auto& [id, counted] : counts) {
        values.push_back({id, counted.name(), counted.count});
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
      date_(schema::kDateSlot) {}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    for (Xapian::ValueCountMatchSpy* spy :
         {&person_, &country_, &organisation_, &place_, &source_, &date_}) {
        enquire.add_matchspy(spy);
    }
}

Facets FacetCounter::facets() const {
    Facets facets;
    facets.person = entity_values(person_);
    facets.country = entity_values(country_);
    facets.organisation = entity_values(organisation_);
    facets.place = entity_values(place_);
    facets.source = entity_values(source_);
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
