// A hand-built search result for renderer tests: two hits (one undated) and facet counts, so
// output can be checked without an index or a search.
#pragma once

#include <mss/search.h>

namespace mss::testing {

inline SearchResult sample_result() {
    SearchResult result;
    result.query = "Barbeque contingent";
    result.total = 2;
    result.total_lower = 2;
    result.total_upper = 2;
    result.exact = true;
    result.strict_total = 2;
    Hit first;
    first.rank = 1;
    first.id = "a.txt";
    first.path = "seeds/a.txt";
    first.title = "Chérizier warns the contingent";
    first.title_highlights = {{0, 9}, {20, 30}};  // in characters: "Chérizier" is 9
    first.date = "2025-01-18";
    first.score = 1.5;
    first.snippet = "…said Chérizier, as the contingent landed…";
    first.highlights = {{6, 15}, {24, 34}};  // "…" is one character
    first.url = "https://caribbeanwire.example/a";
    first.source = "Caribbean Wire";
    first.author = "Marie Joseph";
    Hit second;
    second.rank = 2;
    second.id = "b.txt";
    second.path = "seeds/b.txt";
    second.title = "Police\tstation";
    second.score = 0.25;
    second.snippet = "No match here.";
    result.hits = {first, second};
    Facets facets;
    facets.person = {{"jimmy-cherizier", "Jimmy Chérizier", 2}};
    facets.country = {{"ke", "Kenya", 2}, {"ht", "Haiti", 1}};
    facets.date = {{"2025-01", 1}};
    facets.undated = 1;
    result.facets = facets;
    return result;
}

}  // namespace mss::testing
