// Articles where the words stand close together rank above those where they are far apart:
// each window query adds its words' weight again when it matches.
#include "query/query_compiler.h"

namespace mss {
namespace {

// Proximity windows, in words per query word: an article earns one boost for each window its
// query words fit in, so the closer they stand the more it gains ("Murkomen flagged off the
// third contingent" beats "Murkomen and his team waved the new contingent"); words paragraphs
// apart earn nothing.
constexpr Xapian::termcount kNearWindowsPerWord[] = {1, 3, 6};
// Word forms a stem expands to inside the proximity boost (the most frequent ones).
constexpr Xapian::termcount kNearFormsPerWord = 8;

}  // namespace

Xapian::Query with_proximity_windows(const Xapian::Query& query,
                                     const std::vector<Xapian::Query>& near_words,
                                     const Xapian::Query& guard) {
    if (near_words.size() < 2) {
        return query;
    }
    const auto words = static_cast<Xapian::termcount>(near_words.size());
    std::vector<Xapian::Query> windows;
    for (const Xapian::termcount per_word : kNearWindowsPerWord) {
        const Xapian::termcount window = per_word == 1 ? words + 1 : per_word * words;
        windows.push_back(guarded(
            Xapian::Query(Xapian::Query::OP_NEAR, near_words.begin(), near_words.end(), window),
            guard));
    }
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, any_of(windows));
}

// The positional forms of a typed word for the proximity window: the word itself and the
// indexed words that start with its stem ("contingent", "contingents").
Xapian::Query QueryCompiler::near_forms(const Token& token) const {
    if (token.stem == token.word || token.stem.size() < 3) {
        return Xapian::Query(token.word);
    }
    return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(token.word),
                         expand_prefix(context_.database, token.stem, kNearFormsPerWord));
}

}  // namespace mss
