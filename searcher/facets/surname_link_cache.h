// The index's surname links (facets/surname_links.h) kept from one search to the next while the
// index does not change, so a wide search with facets or a person: filter does not read every
// person term of the index again (2 to 4 ms of CPU on Reuters-21578, docs/BENCHMARKS.md).
//
// The links are a function of the person terms, which change only with a commit: the cache is
// keyed by the revision and UUID of every shard searched, and read again when any of them
// differs (an incremental run committed, a shard was left out or came back). A remote shard
// cannot tell its revision (Xapian's remote protocol has no such call), so with one the links
// are read once per search, at its first need, and kept only for that search.
//
// Threading: none of its own. A cache belongs to one Searcher and is used from that Searcher's
// thread only (include/mss/search.h: a Searcher is used from one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include "facets/surname_links.h"
#include "shards/shard_revision.h"

namespace mss {

class SurnameLinkCache {
  public:
    // Names the database that later links() calls read: `database`, whose shards are at
    // `revisions`, or at revisions unknown (nullopt). `database` must outlive those calls.
    void use(const Xapian::Database& database, std::optional<ShardRevisions> revisions);

    // The links of the database use() named: those kept when its revisions are those they were
    // read at, else read now (and kept). Requires a use() first.
    const SurnameLinks& links();

    // The display name an article of the database use() named gives person `id`
    // (indexed_person_name(), facets/linked_people.h), read once and kept as the links are: a
    // page of hits naming one person by surname reads the full name once, not once a hit.
    // Requires a use() first.
    const std::string& person_name(const std::string& id);

    // How many times the links were read from an index, for tests.
    std::size_t reads() const { return reads_; }
    // How many times a person's name was read from an index, for tests.
    std::size_t name_reads() const { return name_reads_; }

  private:
    const Xapian::Database* database_ = nullptr;
    std::optional<ShardRevisions> wanted_;   // database_'s; nullopt: unknown
    std::optional<ShardRevisions> read_at_;  // links_'s; nullopt: unknown, kept for one search
    bool current_ = false;                   // links_ are those of database_
    SurnameLinks links_;
    std::optional<ShardRevisions> names_at_;  // names_'s, as read_at_ is links_'s
    std::unordered_map<std::string, std::string> names_;
    std::size_t reads_ = 0;
    std::size_t name_reads_ = 0;
};

}  // namespace mss
