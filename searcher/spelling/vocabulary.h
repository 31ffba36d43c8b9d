// The folded words of an index (its unprefixed terms) with the number of articles holding each,
// read once and kept: the spelling suggester compares a rare word with all of them, and over
// remote shards reading the term list is the slow part (each server sends its whole list).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace mss {

struct VocabularyWord {
    std::string text;
    Xapian::doccount frequency = 0;  // over every shard: Xapian adds up the shards' counts
};

class Vocabulary {
  public:
    // The words of `database`, read at the first call after construction or forget(). Words
    // start with a lower-case letter or a non-ASCII character: prefixed terms (capitals) are not
    // words, and words with digits are never suggested, so neither is read.
    const std::vector<VocabularyWord>& words(const Xapian::Database& database);

    // Call when the database is reopened: the next words() reads it again.
    void forget() { words_.reset(); }

  private:
    std::optional<std::vector<VocabularyWord>> words_;
};

}  // namespace mss
