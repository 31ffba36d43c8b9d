// A match spy that counts the lines of each match's facets value (schema::kFacetsSlot) as the
// matcher passes it the match, for an index of local databases only.
//
// Xapian's ValueCountMatchSpy keeps every distinct value with its count; as each value holds the
// article's day and entities, nearly every match is a distinct value, so the spy copied every
// match's value into a map, and every one was split into its lines again afterwards: most of the
// time of a facet pass over many matches. This spy counts each (kind, id) line once per article,
// with the names the lines give it, and keeps whole only the values of articles that tag a person
// by one word ("reagan"), which the surname links may count under another id (once per article
// with that one's lines) and so are counted by the caller once the links are known.
//
// It cannot run on a remote shard (xapian-tcpsrv knows only Xapian's own spies): FacetCounter
// uses it only when every database is local.
//
// Thread-safety: one spy belongs to one enquire, used by one thread.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

#include "schema.h"

namespace mss {

class FacetLineSpy : public Xapian::MatchSpy {
  public:
    // The counts of one facet line's (kind, id) over the matches.
    struct Line {
        std::size_t count = 0;  // articles, each once however many of its lines name the id
        std::vector<std::pair<std::string, std::size_t>> names;  // names given, and how often
    };

    void operator()(const Xapian::Document& document, double weight) override;

    // Every match seen, with a facets value or without.
    Xapian::doccount total() const { return total_; }
    // Keyed by the line's kind letter followed by its id; the day lines are not here.
    const std::unordered_map<std::string, Line>& lines() const { return lines_; }
    // "YYYYMMDD" (as the day lines give it) and how many matches have it.
    const std::unordered_map<std::string, std::size_t>& days() const { return days_; }
    // The whole values of matches that tag a person by one word, and how many matches have each.
    const std::map<std::string, std::size_t>& one_word_people_values() const {
        return one_word_people_;
    }

  private:
    Xapian::doccount total_ = 0;
    std::unordered_map<std::string, Line> lines_;
    std::unordered_map<std::string, std::size_t> days_;
    std::map<std::string, std::size_t> one_word_people_;
    std::string key_;             // reused for each line, so a known line allocates nothing
    std::vector<Line*> counted_;  // the lines of the current match counted already
    std::vector<schema::FacetLine> match_lines_;  // the current match's lines, into its value
};

// Whether `value` (a kFacetsSlot value) has a person line whose id is one word.
bool has_one_word_person(std::string_view value);

}  // namespace mss
