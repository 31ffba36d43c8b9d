#include "query/posting_list_budget.h"

#include "search_deadline.h"

namespace mss {

std::size_t posting_lists(const Xapian::Query& query) {
    const std::size_t parts = query.get_num_subqueries();
    if (parts == 0) {
        // Not the time limit's guards: a limit must not change whether the windows rank.
        if (SearchDeadline::is_positional_guard(query)) {
            return 0;
        }
        return query.empty() || query.get_type() == Xapian::Query::LEAF_MATCH_NOTHING ? 0 : 1;
    }
    std::size_t lists = 0;
    for (std::size_t i = 0; i < parts; ++i) {
        lists += posting_lists(query.get_subquery(i));
    }
    return lists;
}

}  // namespace mss
