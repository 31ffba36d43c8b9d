// One hit per story (docs/SCHEMA.md "Stories"): matches are collapsed on the story slot with
// Xapian's own collapse key, so it works the same on remote shards, and each hit then lists the
// other matching articles of its story.
//
// Thread-safety: as the Xapian objects passed in; nothing here is shared.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

#include "match/matched_shards.h"
#include "stored_text.h"

namespace mss {

// Keeps the best match of each story in `enquire`'s results.
void collapse_stories(Xapian::Enquire& enquire);

struct StoryCount {
    std::size_t count = 0;
    bool exact = false;
    bool known = false;  // false: the pass did not collapse, so it says nothing about stories
};

// The stories among the matches of a collapsed pass, as Xapian bounds them.
StoryCount story_count(const Xapian::MSet& matches, bool collapsed);

// Counts the distinct stories of every match of a pass that examines them all. Over local
// databases a spy of its own keeps only the distinct story keys; with a remote shard a built-in
// ValueCountMatchSpy counts (so remote shards count too), in a get_mset that returns no matches,
// as facet_counter.h explains. The enquire keeps a pointer to the spy: it stays where it was made.
class StorySpy {
  public:
    StorySpy(Xapian::Enquire& enquire, MatchedShards shards);
    StorySpy(const StorySpy&) = delete;
    StorySpy& operator=(const StorySpy&) = delete;
    StoryCount count() const;

  private:
    class KeySpy : public Xapian::MatchSpy {
      public:
        void operator()(const Xapian::Document& document, double weight) override;
        std::size_t distinct() const { return keys_.size(); }

      private:
        std::unordered_set<std::string> keys_;
    };

    MatchedShards shards_;
    KeySpy keys_;                     // over local databases
    Xapian::ValueCountMatchSpy spy_;  // with a remote shard
};

void set_story_count(const StoryCount& count, SearchResult& result);

// Most duplicates listed under one hit.
inline constexpr std::size_t kMaxDuplicates = 100;

// Fills each hit's duplicates: the other articles of its story that its query matches (`strict`
// for hits that match every word, else `relaxed`), oldest first, then by id; `text` reads their
// stored data.
void add_duplicates(const Xapian::Database& database, const StoredTextReader& text,
                    const Xapian::Query& strict, const Xapian::Query& relaxed,
                    std::vector<Hit>& hits);

}  // namespace mss
