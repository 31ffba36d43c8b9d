#include "query/prefix_expansion.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace mss {

Xapian::Query expand_prefix(const Xapian::Database* database, const std::string& prefix,
                            Xapian::termcount limit) {
    if (database == nullptr) {
        return Xapian::Query(Xapian::Query::OP_WILDCARD, prefix, limit,
                             Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    }
    std::vector<std::pair<Xapian::doccount, std::string>> terms;
    for (auto term = database->allterms_begin(prefix); term != database->allterms_end(prefix);
         ++term) {
        terms.emplace_back(term.get_termfreq(), *term);
    }
    const auto more_frequent = [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    if (terms.size() > limit) {
        std::partial_sort(terms.begin(), terms.begin() + limit, terms.end(), more_frequent);
        terms.resize(limit);
    }
    if (terms.empty()) {
        return Xapian::Query::MatchNothing;
    }
    std::vector<Xapian::Query> chosen;
    chosen.reserve(terms.size());
    for (const auto& [frequency, term] : terms) {
        chosen.emplace_back(term);
    }
    return Xapian::Query(Xapian::Query::OP_OR, chosen.begin(), chosen.end());
}

}  // namespace mss
