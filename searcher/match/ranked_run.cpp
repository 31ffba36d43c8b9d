#include "match/ranked_run.h"

#include "facets/facet_counter.h"
#include "facets/surname_links.h"
#include "schema.h"

namespace mss {

// BM25 with the classic Robertson parameters (k1 1.2, b 0.75).
Xapian::BM25Weight ranking_weight() {
    return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5);
}

Xapian::Enquire SearchWatch::enquire(const Xapian::Database& database) const {
    deadline.check();
    Xapian::Enquire enquire(database);
    deadline.watch(enquire, remote);
    return enquire;
}

namespace {

// An enquire ranking `query` in the order `sort` asks for, with no match spy.
Xapian::Enquire ordered_enquire(const Xapian::Database& database, const Xapian::Query& query,
                                SortOrder sort, bool collapse, const SearchWatch& watch) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(ranking_weight());
    set_result_order(enquire, sort);
    if (collapse) {
        collapse_stories(enquire);
    }
    return enquire;
}

// How many matches a search examines at least, so that its total is exact up to that many.
Xapian::doccount matches_to_check(const Xapian::Database& database, const SearchRequest& request) {
    const Xapian::doccount all = database.get_doccount();
    if (request.exact_total || request.exact_up_to >= all) {
        return all;
    }
    return static_cast<Xapian::doccount>(request.exact_up_to);
}

// The facets and the story count of every match a pass examines. Exact only when the pass
// examines every match (checkatleast = the database's document count).
class FacetSpies {
  public:
    FacetSpies(Xapian::Enquire& enquire, const SearchRequest& request, const SearchWatch& watch)
        : counter_(request.date_bucket, watch.shards()), stories_(enquire, watch.shards()) {
        counter_.attach(enquire);
    }

    // The facets, story count and totals of the pass that returned `all`.
    void fill(const Xapian::MSet& all, const Xapian::Database& database, SurnameLinkCache& people,
              RankedRun& run) const {
        // Surname-only people count under the one full name of the index
        // (facets/surname_links.h).
        static const SurnameLinks kNoLinks;
        run.facets =
            counter_.facets(counter_.has_one_word_people() ? people.links() : kNoLinks, &database);
        run.stories = stories_.count();
        run.total = all.get_matches_estimated();
        run.total_lower = all.get_matches_lower_bound();
        run.total_upper = all.get_matches_upper_bound();
    }

  private:
    FacetCounter counter_;
    StorySpy stories_;
};

// Facets over every match, in a pass of their own that returns no matches: Xapian 1.4 feeds the
// matches a remote shard returns through the match spies a second time on the client, so a pass
// that also returns matches over-counts them. Without ranking (BoolWeight) the pass only counts.
// It examines every match, so its totals are exact.
void count_facets(const Xapian::Database& database, const Xapian::Query& query,
                  const SearchRequest& request, const SearchWatch& watch, SurnameLinkCache& people,
                  RankedRun& run) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const FacetSpies spies(enquire, request, watch);
    spies.fill(enquire.get_mset(0, 0, database.get_doccount()), database, people, run);
}

// Whether the ranked pass itself counts the facets: over local databases only (see count_facets)
// and without collapsing, whose pass sees one match per story. Examining every match in the
// ranked pass (Xapian raises no weight floor before checkatleast matches are seen, so each one
// reaches the spies) reads the posting lists once instead of twice.
bool facets_in_ranked_pass(const SearchRequest& request, const SearchWatch& watch) {
    return request.facets && !watch.remote && !request.collapse;
}

// The totals of a collapsed pass, which counts stories: Xapian 1.4's "uncollapsed" bounds stay
// estimates even when every match was seen, so the articles are counted in a pass of their own
// that returns none, exact up to as many matches as the uncollapsed pass would be; with
// exact_total it also counts the stories exactly (a pass returning no matches, as count_facets
// explains).
void count_articles(const Xapian::Database& database, const Xapian::Query& query,
                    const SearchRequest& request, const SearchWatch& watch, RankedRun& run) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::optional<StorySpy> stories;
    if (request.exact_total) {
        stories.emplace(enquire, watch.shards());
    }
    // Exact up to request.exact_up_to matches (everything with exact_total), as without collapsing.
    const Xapian::MSet all = enquire.get_mset(0, 0, matches_to_check(database, request));
    run.total = all.get_matches_estimated();
    run.total_lower = all.get_matches_lower_bound();
    run.total_upper = all.get_matches_upper_bound();
    if (stories) {
        run.stories = stories->count();
    }
}

// How many of the best matches by BM25 alone are ranked again with the proximity windows.
constexpr std::size_t kProximityDepth = 40;

}  // namespace

RankedRun run_query(const Xapian::Database& database, const Xapian::Query& query,
                    const SearchRequest& request, const SearchWatch& watch,
                    SurnameLinkCache& people) {
    Xapian::Enquire enquire =
        ordered_enquire(database, query, request.sort, request.collapse, watch);
    std::optional<FacetSpies> spies;
    if (facets_in_ranked_pass(request, watch)) {
        spies.emplace(enquire, request, watch);
    }
    // An exact total needs the matches examined, not only the best ones; facets examine them all,
    // in this pass or in one of their own.
    const Xapian::doccount check_at_least = spies            ? database.get_doccount()
                                            : request.facets ? 0
                                                             : matches_to_check(database, request);
    const Xapian::MSet fetched =
        enquire.get_mset(0, first_fetch_size(request.offset, request.limit), check_at_least);
    const auto fetch_top = [&](Xapian::doccount count) {
        return ordered_enquire(database, query, request.sort, request.collapse, watch)
            .get_mset(0, count);
    };
    RankedRun run;
    run.page = ordered_page(fetched, fetch_top, request.sort, request.offset, request.limit);
    if (spies) {
        spies->fill(fetched, database, people, run);
    } else if (request.facets) {
        count_facets(database, query, request, watch, people, run);
    } else if (request.collapse) {
        // Collapsing leaves one match per story; the totals count every article.
        run.stories = story_count(fetched, true);
        count_articles(database, query, request, watch, run);
    } else {
        run.total = fetched.get_matches_estimated();
        run.total_lower = fetched.get_matches_lower_bound();
        run.total_upper = fetched.get_matches_upper_bound();
    }
    return run;
}

// The strict matches of `built`, by relevance with its proximity windows. Those windows must
// read the positions of every article they are tried on, which on large indexes cost more than
// the rest of the search; so the best kProximityDepth matches by BM25 alone are found first
// (with the totals and facets, which the windows do not change) and only they are ranked again
// with the windows. A page that reaches past half that depth, or another order, takes the whole
// query in one pass.
RankedRun run_strict(const Xapian::Database& database, const BuiltQuery& built,
                     const SearchRequest& request, const SearchWatch& watch,
                     SurnameLinkCache& people) {
    if (built.strict_without_proximity.empty() || request.sort != SortOrder::kRelevance ||
        request.offset + request.limit > kProximityDepth / 2) {
        return run_query(database, built.strict, request, watch, people);
    }
    SearchRequest first = request;
    first.offset = 0;
    first.limit = kProximityDepth;
    RankedRun run = run_query(database, built.strict_without_proximity, first, watch, people);
    std::vector<Xapian::Query> best;
    for (const RankedMatch& match : run.page) {
        best.emplace_back(schema::id_term(schema::id_of_order_key(match.key)));
    }
    SearchRequest again = request;
    again.facets = false;
    again.exact_total = false;
    again.exact_up_to = 0;
    const Xapian::Query reranked(Xapian::Query::OP_FILTER, built.strict,
                                 Xapian::Query(Xapian::Query::OP_OR, best.begin(), best.end()));
    run.page = run_query(database, reranked, again, watch, people).page;
    return run;
}

std::size_t count_matches(const Xapian::Database& database, const Xapian::Query& query,
                          const SearchWatch& watch) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, database.get_doccount()).get_matches_estimated();
}

Xapian::Query id_terms_of(const Xapian::Database& database, const Xapian::Query& query,
                          std::size_t count, const SearchWatch& watch) {
    Xapian::Enquire enquire = watch.enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet matches = enquire.get_mset(0, static_cast<Xapian::doccount>(count));
    std::vector<Xapian::Query> ids;
    for (auto match = matches.begin(); match != matches.end(); ++match) {
        Xapian::TermIterator term = database.termlist_begin(*match);
        term.skip_to(schema::kIdPrefix);
        if (term != database.termlist_end(*match)) {
            ids.emplace_back(*term);
        }
    }
    return Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
}

}  // namespace mss
