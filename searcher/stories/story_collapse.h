// One hit per story (docs/SCHEMA.md "Stories"): matches are collapsed on the story slot with
// Xapian's own collapse key, so it works the same on remote shards, and each hit then lists the
// other matching articles of its story.
//
// Thread-safety: as the Xapian objects passed in; nothing here is shared.
#pragma once

#include <cstddef>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

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

// Counts the distinct stories of every match of a pass that examines them all, with a built-in
// ValueCountMatchSpy (so remote shards count too). Run it in a get_mset that returns no matches,
// as facet_counter.h explains. The enquire keeps a pointer to the spy: it stays where it was made.
class StorySpy {
  public:
    explicit StorySpy(Xapian::Enquire& enquire);
    StorySpy(const StorySpy&) = delete;
    StorySpy& operator=(const StorySpy&) = delete;
    StoryCount count() const;

  private:
    Xapian::ValueCountMatchSpy spy_;
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
