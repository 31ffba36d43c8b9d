// Counts people, countries, organisations, places, sources (outlets), languages and dates over
// every matching article. Over local databases a FacetLineSpy counts each match's lines as it
// comes (facets/facet_line_spy.h); with a remote shard, Xapian's built-in ValueCountMatchSpy
// counts, as xapian-tcpsrv knows only Xapian's own match spies and Xapian merges the shards'
// counts itself. Both give the same counts.
//
// One slot (schema::kFacetsSlot) holds all of an article's facets as one value (a line per
// entity, the outlet, the language and the day), so either spy reads one value per match. The
// built-in one counts distinct sets; facets() splits each set into its lines and adds its count to
// each of them: count(e) = sum of count(S) over the distinct sets S that contain e. That is exact,
// and serves any mix of local and remote shards. (Seven spies over one slot per facet read seven
// values per match, which was most of the time of a facet pass.)
//
// With a remote shard, run the spies in a get_mset that returns no matches (maxitems 0): Xapian
// 1.4 passes the matches a remote shard returns through the client's spies again, counting them
// twice. Over local databases any pass that examines every match may run them.
#pragma once

#include <xapian.h>

#include <mss/search.h>

#include "facets/facet_line_spy.h"
#include "facets/surname_links.h"
#include "match/matched_shards.h"

namespace mss {

class FacetCounter {
  public:
    explicit FacetCounter(DateBucket bucket, MatchedShards shards = MatchedShards::kLocal);
    // The enquire keeps pointers to the spies: a counter stays where it was made.
    FacetCounter(const FacetCounter&) = delete;
    FacetCounter& operator=(const FacetCounter&) = delete;

    // Adds the spies to `enquire`. Counts are exact only when the match examines every candidate:
    // run it with checkatleast = the database's document count.
    void attach(Xapian::Enquire& enquire);

    // Whether a matching article tags a person by one word only ("reagan"), which only then
    // needs the index's surname links for facets().
    bool has_one_word_people() const;

    // Values sorted by count (highest first), then id; dates in calendar order. A person id that
    // `people` links to another (a surname alone to the one full name of the index) counts under
    // that one, each article once; when only such articles match, the name shown is the one an
    // article of `database` gives the full name.
    Facets facets(const SurnameLinks& people = SurnameLinks(),
                  const Xapian::Database* database = nullptr) const;

  private:
    DateBucket bucket_;
    MatchedShards shards_;
    FacetLineSpy lines_;              // over local databases
    Xapian::ValueCountMatchSpy spy_;  // with a remote shard
};

}  // namespace mss
