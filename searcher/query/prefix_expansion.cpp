#include "query/prefix_expansion.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <mss/error.h>

namespace mss {

std::vector<std::string> most_frequent_words_starting(const Xapian::Database& database,
                                                      const std::string& prefix,
                                                      Xapian::termcount limit) {
    std::vector<std::pair<Xapian::doccount, std::string>> terms;
    for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix);
         ++term) {
        terms.emplace_back(term.get_termfreq(), *term);
    }
    const auto more_frequent = [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    const std::size_t keep = std::min<std::size_t>(terms.size(), limit);
    std::partial_sort(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(keep), terms.end(),
                      more_frequent);
    std::vector<std::string> words;
    words.reserve(keep);
    for (std::size_t i = 0; i < keep; ++i) {
        words.push_back(std::move(terms[i].second));
    }
    return words;
}

void ExpansionBudget::spend(std::size_t terms, const std::string& typed, std::size_t position) {
    spent_ += terms;
    if (spent_ > limit_) {
        throw QueryError("the prefixes and like: fields of the query expand to more than " +
                             std::to_string(limit_) + " words (at '" + typed +
                             "'); use longer prefixes or fewer of them",
                         position);
    }
}

Xapian::Query expand_prefix(const Xapian::Database* database, const std::string& prefix,
                            Xapian::termcount limit) {
    if (database == nullptr) {
        return Xapian::Query(Xapian::Query::OP_WILDCARD, prefix, limit,
                             Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    }
    const std::vector<std::string> words = most_frequent_words_starting(*database, prefix, limit);
    if (words.empty()) {
        return Xapian::Query::MatchNothing;
    }
    std::vector<Xapian::Query> chosen(words.begin(), words.end());
    return Xapian::Query(Xapian::Query::OP_OR, chosen.begin(), chosen.end());
}

}  // namespace mss
