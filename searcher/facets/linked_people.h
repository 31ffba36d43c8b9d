// An article's people as the person facet and person: count them (facets/surname_links.h): a
// surname alone ("volcker") shown as the one full name of the index it counts under
// ("paul-volcker", "Paul Volcker"), so the people a hit or `mss-search --show` lists agree with
// the facet counts over the same articles.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include <mss/article.h>

#include "facets/surname_link_cache.h"
#include "facets/surname_links.h"

namespace mss {

// The display name an article of `database` gives person `id`; empty when none does.
std::string indexed_person_name(const Xapian::Database& database, const std::string& id);

// `people` (one article's, each id once) with every id replaced by the id the links of `cache`
// (from the database its use() named) count it under, each resulting id once, in the order of its
// first entry. A linked id takes the name the article gives the full name when it names it, else
// the name an article of the database gives it, else keeps its own. The links are read only when
// `people` has an id of one word (only such an id can be linked), and a full name once while the
// cache keeps it, however many hits link to it.
std::vector<EntityRef> linked_people(std::vector<EntityRef> people, SurnameLinkCache& cache);

}  // namespace mss
