#include <mss/search.h>

namespace mss {

std::optional<SortOrder> parse_sort_order(std::string_view name) {
    if (name == "relevance") {
        return SortOrder::kRelevance;
    }
    if (name == "date") {
        return SortOrder::kDateAscending;
    }
    if (name == "-date") {
        return SortOrder::kDateDescending;
    }
    return std::nullopt;
}

std::optional<DateBucket> parse_date_bucket(std::string_view name) {
    if (name == "day") {
        return DateBucket::kDay;
    }
    if (name == "month") {
        return DateBucket::kMonth;
    }
    if (name == "year") {
        return DateBucket::kYear;
    }
    return std::nullopt;
}

}  // namespace mss
