// The corpus-level memory of people's names: which person ids that are a surname alone ("reagan",
// found by a title: "President Reagan") stand for the one person of the index with that surname
// ("ronald-reagan"), and which plurals ("reagans") stand for the singular.
//
// The memory is not stored: it is read from the person terms the index holds (XP + id) when a
// search needs it, so it is always the index's current state. An incremental run that adds or
// deletes articles changes it with its terms, a rebuild gives the same links as the incremental
// runs that led to the same articles, and over shards the terms of every shard are read as one.
// The indexed terms never change: an article keeps its surname-only id, and a search counts it
// under the full name only while the index has exactly one person with that surname
// (docs/QUERY.md, "People named by their surname alone").
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <xapian.h>

namespace mss {

class SurnameLinks {
  public:
    SurnameLinks() = default;

    // Reads the person ids of `database` (one pass over its person terms) and the royal titles
    // its metadata records (schema::kRoyalTitlesKey). Thread-safe for distinct databases; the
    // result is immutable.
    static SurnameLinks read(const Xapian::Database& database);
    // The same from person ids and how many articles each has. An id whose first word is one of
    // `royal_titles` ("king-baudouin") is a ruler's or peer's name, as the person finder says: its
    // last word is no surname, so no surname alone links to it and it shares its last word with
    // no commoner.
    static SurnameLinks from_counts(
        const std::vector<std::pair<std::string, std::size_t>>& person_ids,
        const std::unordered_set<std::string>& royal_titles = {});
    // The same, each id in one article.
    static SurnameLinks from_ids(const std::vector<std::string>& person_ids);

    // The id a person id counts under: the linked person's, or `id` itself.
    const std::string& target(const std::string& id) const;
    // The ids that count under `id` besides itself ("reagan" and "reagans" under a sole
    // "ronald-reagan"), in byte order.
    std::vector<std::string> linked_to(const std::string& id) const;
    bool empty() const { return target_.empty(); }

  private:
    std::unordered_map<std::string, std::string> target_;  // linked id -> id it counts under
};

}  // namespace mss
