// Groups articles into stories: articles whose fingerprints are near-copies (shingle_fingerprint.h)
// are one story, and so, transitively, are copies of copies. Each story gets an id that stays put
// from one run to the next: the id most of its articles already carry (from the index as it was),
// so a new copy joins its story and deleting the first article does not rename or split the rest;
// a story none of whose articles carries a free id is named after the smallest of its article ids.
// Ids depend only on the set of articles and the ids they carried, never on the order they were
// added in nor on how they are spread over shards.
//
// Thread-safety: one thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "stories/shingle_fingerprint.h"

namespace mss {

// The id of a story whose only article has id `article_id` (16 hex digits).
std::string single_article_story(const std::string& article_id);

class StoryClusters {
  public:
    // Adds one article with the story id it carries (empty: none). An id added before is ignored:
    // a run indexes the first article of an id and skips the others.
    void add(const std::string& article_id, const ShingleFingerprint& fingerprint,
             const std::string& carried_story);

    std::size_t size() const { return ids_.size(); }

    // Article id -> story id, for every article added.
    std::unordered_map<std::string, std::string> assign();

  private:
    std::uint32_t find(std::uint32_t article);

    std::vector<std::string> ids_;
    std::vector<std::string> carried_;
    std::vector<ShingleFingerprint> fingerprints_;
    std::vector<std::uint32_t> parent_;  // union-find over article numbers
    // Band key -> the last article entry with it; entries chain to the previous one with the key.
    std::unordered_map<std::uint64_t, std::uint32_t> band_head_;
    std::vector<std::uint32_t> band_next_;  // by entry (article * kFingerprintBands + band)
    std::unordered_map<std::string, std::uint32_t> numbers_;
};

}  // namespace mss
