#include "facets/facet_counter.h"

#include <algorithm>
#include <iterator>
#include <map>
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

// The counts of one kind of facet.
struct KindCounts {
    std::map<std::string, Counted> counts;
    std::map<std::string, Counted> linked_names;  // names given to ids counted under another
};

// The counts of every kind, from the distinct values of the facets slot.
struct FacetTally {
    KindCounts entities[std::size(schema::kEntityKindSchemas)];  // in the schema's order
    KindCounts source, lang;
    std::map<std::string, std::size_t> days;  // "YYYYMMDD", so in calendar order

    KindCounts& of(EntityKind kind) {
        return entities[&schema::entity_kind_schema(kind) - schema::kEntityKindSchemas];
    }

    KindCounts* of_facet(char facet) {
        if (const schema::EntityKindSchema* kind = schema::entity_kind_of_facet(facet)) {
            return &of(kind->kind);
        }
        if (facet == schema::kSourceFacet) {
            return &source;
        }
        return facet == schema::kLanguageFacet ? &lang : nullptr;  // or a kind a later format adds
    }

    // Adds `count` to every entity of one distinct slot value. A person id that `people` links to
    // another counts under that one, once per article however many of its lines do; its own name
    // only names the other when no article of the count shows that one's.
    void add(std::string_view value, std::size_t count, const SurnameLinks& people) {
        static const SurnameLinks kNoLinks;
        std::vector<std::pair<char, std::string>> counted_here;  // a handful: a vector is quicker
        schema::for_each_facet_line(value, [&](const schema::FacetLine& line) {
            if (line.kind == schema::kDayFacet) {
                days[std::string(line.id)] += count;
                return;
            }
            KindCounts* kind = of_facet(line.kind);
            if (kind == nullptr || line.id.empty()) {
                return;
            }
            const std::string id(line.id);
            const std::string name = line.name.empty() ? id : std::string(line.name);
            const SurnameLinks& links = line.kind == schema::kPersonFacet ? people : kNoLinks;
            const std::string& target = links.target(id);
            Counted& counted = kind->counts[target];
            if (target == id) {
                counted.names[name] += count;
            } else {
                kind->linked_names[target].names[name] += count;
            }
            const std::pair<char, std::string> key(line.kind, target);
            if (std::find(counted_here.begin(), counted_here.end(), key) == counted_here.end()) {
                counted_here.push_back(key);
                counted.count += count;
            }
        });
    }

    // Adds the lines a FacetLineSpy counted, none of which the surname links change (it keeps
    // the values with a one-word person apart).
    void add(const FacetLineSpy& spy) {
        for (const auto& [key, line] : spy.lines()) {
            KindCounts* kind = of_facet(key[0]);
            if (kind == nullptr) {
                continue;
            }
            Counted& counted = kind->counts[key.substr(1)];
            counted.count += line.count;
            for (const auto& [name, count] : line.names) {
                counted.names[name] += count;
            }
        }
        for (const auto& [day, count] : spy.days()) {
            days[day] += count;
        }
    }
};

std::vector<FacetValue> entity_values(KindCounts& kind, const Xapian::Database* database) {
    std::vector<FacetValue> values;
    values.reserve(kind.counts.size());
    for (const auto& [id, counted] : kind.counts) {
        std::string name = counted.name();
        if (counted.names.empty()) {
            // Only articles naming the person by surname matched: the full name is read from an
            // article that names it, so the entry never shows a surname alone for a full name.
            name = database == nullptr ? std::string() : indexed_person_name(*database, id);
            if (name.empty()) {
                name = kind.linked_names[id].name();
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

FacetCounter::FacetCounter(DateBucket bucket, MatchedShards shards)
    : bucket_(bucket), shards_(shards), spy_(schema::kFacetsSlot) {}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    if (shards_ == MatchedShards::kLocal) {
        enquire.add_matchspy(&lines_);
    } else {
        enquire.add_matchspy(&spy_);
    }
}

bool FacetCounter::has_one_word_people() const {
    if (shards_ == MatchedShards::kLocal) {
        return !lines_.one_word_people_values().empty();
    }
    for (auto value = spy_.values_begin(); value != spy_.values_end(); ++value) {
        if (has_one_word_person(*value)) {
            return true;
        }
    }
    return false;
}

Facets FacetCounter::facets(const SurnameLinks& people, const Xapian::Database* database) const {
    FacetTally tally;
    Xapian::doccount total = 0;
    if (shards_ == MatchedShards::kLocal) {
        tally.add(lines_);
        for (const auto& [value, count] : lines_.one_word_people_values()) {
            tally.add(value, count, people);
        }
        total = lines_.total();
    } else {
        for (auto value = spy_.values_begin(); value != spy_.values_end(); ++value) {
            tally.add(*value, value.get_termfreq(), people);
        }
        total = spy_.get_total();
    }
    Facets facets;
    facets.person = entity_values(tally.of(EntityKind::kPerson), database);
    facets.country = entity_values(tally.of(EntityKind::kCountry), nullptr);
    facets.organisation = entity_values(tally.of(EntityKind::kOrganisation), nullptr);
    facets.place = entity_values(tally.of(EntityKind::kPlace), nullptr);
    facets.source = entity_values(tally.source, nullptr);
    facets.lang = entity_values(tally.lang, nullptr);
    std::size_t dated = 0;
    for (const auto& [day, count] : tally.days) {
        if (day.size() != schema::kOrderKeyDateLength) {
            continue;
        }
        const std::string bucket = date_bucket(day, bucket_);
        if (facets.date.empty() || facets.date.back().bucket != bucket) {
            facets.date.push_back({bucket, 0});
        }
        facets.date.back().count += count;
        dated += count;
    }
    // The spy sees every examined match, with or without a value.
    facets.undated = total - dated;
    return facets;
}

}  // namespace mss
