#include "facets/facet_counter.h"

#include <algorithm>
#include <memory>
#include <string_view>
#include <vector>

#include "schema.h"

namespace mss {
namespace {

// A facet slot holds one "id<TAB>display name" line per distinct entity of the article, so each
// article counts once per entity however often it names it. This runs for every match, so it
// reads the lines in place rather than through schema::parse_facet_value, which allocates.
template <typename Counts>
void count_lines(std::string_view value, Counts& counts) {
    while (!value.empty()) {
        const std::size_t newline = value.find('\n');
        const std::string_view line = value.substr(0, newline);
        value = newline == std::string_view::npos ? std::string_view() : value.substr(newline + 1);
        const std::size_t tab = line.find('\t');
        const std::string_view id = line.substr(0, tab);
        if (id.empty()) {
            continue;
        }
        auto& counted = counts[std::string(id)];
        if (counted.count++ == 0) {
            counted.name =
                tab == std::string_view::npos ? std::string(id) : std::string(line.substr(tab + 1));
        }
    }
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

template <typename Counts>
std::vector<FacetValue> sorted_values(const Counts& counts) {
    std::vector<FacetValue> values;
    values.reserve(counts.size());
    for (const auto& [id, counted] : counts) {
        values.push_back({id, counted.name, counted.count});
    }
    std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
    return values;
}

}  // namespace

void FacetCounter::operator()(const Xapian::Document& document, double) {
    count_lines(document.get_value(schema::kPersonSlot), person_);
    count_lines(document.get_value(schema::kCountrySlot), country_);
    count_lines(document.get_value(schema::kOrganisationSlot), organisation_);
    count_lines(document.get_value(schema::kPlaceSlot), place_);
    const std::string date = document.get_value(schema::kDateSlot);
    if (date.size() == 8) {
        ++dates_[date_bucket(date, bucket_)];
    } else {
        ++undated_;
    }
}

Xapian::MatchSpy* FacetCounter::clone() const {
    // Xapian takes ownership of clones (remote and sharded matches make one per shard).
    return std::make_unique<FacetCounter>(bucket_).release();
}

std::string FacetCounter::name() const {
    return "mss::FacetCounter";
}

Facets FacetCounter::facets() const {
    Facets facets;
    facets.person = sorted_values(person_);
    facets.country = sorted_values(country_);
    facets.organisation = sorted_values(organisation_);
    facets.place = sorted_values(place_);
    for (const auto& [bucket, count] : dates_) {
        facets.date.push_back({bucket, count});
    }
    facets.undated = undated_;
    return facets;
}

}  // namespace mss
