// word* and the word forms of proximity matching: the indexed words that start with a prefix.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace mss {

// The `limit` indexed terms of `database` that start with `prefix`, most frequent first (ties by
// term), as one OP_MAX: an article scores as its best-scoring form; MatchNothing when there are
// none. Without a database (parser tests), Xapian's OP_WILDCARD with the same limit.
//
// Xapian's OP_WILDCARD would choose the most frequent terms itself, but a remote shard expands
// it on its own server with its own frequencies, so each shard would search different words and
// the results would differ from one index's. Here the choice is made once, from the term list of
// all shards together (Xapian sums their term frequencies), so it is the same however the
// articles are spread. OP_OR rather than OP_SYNONYM for the same reason: a synonym is weighted
// with an estimate of how many articles hold any of its terms, and estimates made shard by shard
// do not add up to the one-index estimate, while each term's own frequency does. (OP_MAX would
// also add up, but Xapian 1.4.22 crashes running it over several databases.)
Xapian::Query expand_prefix(const Xapian::Database* database, const std::string& prefix,
                            Xapian::termcount limit);

// What all the prefixes and like: fields of one query may expand to together, in words (a
// hyphenated prefix "kenya-pol*" expands to one phrase per word, a like: field to the best terms
// of its article, kLikeTerms). Each prefix is capped
// on its own (the 200 most frequent words), but a query of many prefixes ("a-e* b-i* ...", 130 of
// them) multiplied the cap into tens of thousands of phrase subqueries: minutes of CPU and
// hundreds of MB (docs/HOSTILE_INPUT.md). Ten full expansions fit.
inline constexpr std::size_t kMaxExpandedTerms = 2000;

// Counts the terms a query's prefixes expand to. Not thread-safe: one per query being built.
class ExpansionBudget {
  public:
    explicit ExpansionBudget(std::size_t limit = kMaxExpandedTerms) : limit_(limit) {}

    // Adds the `terms` (words or phrases) that `typed` ("kenya-pol*", "like:ID"), at character
    // `position` of the query, expands to; throws mss::QueryError at that position once the
    // query's total is over the limit.
    void spend(std::size_t terms, const std::string& typed, std::size_t position);

  private:
    std::size_t limit_;
    std::size_t spent_ = 0;
};

// The words expand_prefix() chooses, most frequent first.
std::vector<std::string> most_frequent_words_starting(const Xapian::Database& database,
                                                      const std::string& prefix,
                                                      Xapian::termcount limit);

}  // namespace mss
