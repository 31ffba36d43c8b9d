// Counts people, countries, organisations, places and dates over every matching article in the
// same pass that ranks them (a Xapian match spy), so facets never need a second query.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include <mss/search.h>

namespace mss {

class FacetCounter : public Xapian::MatchSpy {
  public:
    explicit FacetCounter(DateBucket bucket) : bucket_(bucket) {}

    // Called by Xapian once for each article the match examines. Counts are exact only when the
    // match examines every candidate: run it with checkatleast = the database's document count.
    void operator()(const Xapian::Document& document, double weight) override;

    Xapian::MatchSpy* clone() const override;
    std::string name() const override;

    // Values sorted by count (highest first), then id; dates in calendar order.
    Facets facets() const;

  private:
    struct Counted {
        std::string name;
        std::size_t count = 0;
    };
    using Counts = std::unordered_map<std::string, Counted>;  // id -> display name and count

    DateBucket bucket_;
    Counts person_, country_, organisation_, place_;
    std::map<std::string, std::size_t> dates_;  // ordered: buckets come out in calendar order
    std::size_t undated_ = 0;
};

}  // namespace mss
