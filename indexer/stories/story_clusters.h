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

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "stories/minima_file.h"
#include "stories/shingle_fingerprint.h"

namespace mss {

// The id of a story whose only article has id `article_id` (16 hex digits).
std::string single_article_story(const std::string& article_id);

// Candidates for comparison: articles filed under the keys of their fingerprints
// (candidate_keys()), a chain of articles per key. An article's keys are filed together, so the
// article is kept once, not once per key: 200 bytes an article where one entry per key took 392.
class CandidateTable {
  public:
    // Calls visit(article) for each article filed under `key` (0: none).
    template <typename Visit>
    void visit(std::uint64_t key, Visit&& visit) const {
        if (key == 0) {
            return;
        }
        const auto found = head_.find(key);
        for (std::uint32_t entry = found == head_.end() ? kNone : found->second; entry != kNone;
             entry = next_[entry]) {
            visit(article_[entry / kCandidateKeys]);
        }
    }
    // Files `article` under each of `keys` (those that are 0 under none).
    void insert(const std::array<std::uint64_t, kCandidateKeys>& keys, std::uint32_t article);

  private:
    static constexpr std::uint32_t kNone = 0xffffffffu;
    std::unordered_map<std::uint64_t, std::uint32_t> head_;  // key -> last entry filed under it
    // By entry, kCandidateKeys entries an article (the entry of its k-th key is
    // kCandidateKeys * n + k for the n-th article filed): the previous entry of the same key.
    std::vector<std::uint32_t> next_;
    std::vector<std::uint32_t> article_;  // by the order articles were filed in
};

class StoryClusters {
  public:
    // Adds one article with the story id it carries (empty: none). An id added before is ignored:
    // a run indexes the first article of an id and skips the others.
    //
    // `compared`: the fingerprint is the one the index stored with `carried_story`, so the article
    // was compared with every other such article when that story was decided (deterministic
    // candidates, the same rules). It is compared again only with the articles added without
    // `compared` (new or changed) and with the other articles of its own story, which a deleted
    // or changed copy may have split; two such articles of different stories were never copies.
    // The result is the one comparing every pair would give, at the cost of the new articles.
    // Throws mss::IoError when the scratch file of minima cannot be made, written or read.
    void add(const std::string& article_id, const ShingleFingerprint& fingerprint,
             const std::string& carried_story, bool compared = false);

    std::size_t size() const { return ids_.size(); }

    // Article id -> story id, for every article added. Call once, last: the fingerprints and
    // candidate tables are released first, so the result does not add to their memory. Throws
    // mss::IoError when the scratch file of minima cannot be read.
    std::unordered_map<std::string, std::string> assign();

  private:
    std::uint32_t find(std::uint32_t article);
    // Joins the stories of `a`, whose fingerprint is `of_a`, and `b` if they are copies.
    void join_if_copies(std::uint32_t a, const ShingleFingerprint& of_a, std::uint32_t b);
    void compare_compared_articles();
    ShingleFingerprint fingerprint(std::uint32_t article) const;

    std::vector<std::string> ids_;
    std::vector<std::string> carried_;
    // The fingerprints, by article: the minima in a scratch file (minima_file.h), for a run holds
    // every article's; the rest here.
    MinimaFile minima_;
    std::vector<std::uint32_t> shingles_;
    std::vector<std::uint64_t> leads_;
    std::vector<bool> compared_;
    std::vector<std::uint32_t> parent_;  // union-find over article numbers
    CandidateTable fresh_;               // the articles added without `compared`
    // The articles by the hash of their id (ids_ holds the id once): 40 bytes an article where
    // a map from the id took 104.
    std::unordered_multimap<std::size_t, std::uint32_t> numbers_;
};

}  // namespace mss
