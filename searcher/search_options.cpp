#include <utility>

#include <mss/search.h>

namespace mss {
namespace {

// The value a table of {name, value} gives `name`, if any.
template <typename Value, std::size_t N>
std::optional<Value> value_named(std::string_view name,
                                 const std::pair<std::string_view, Value> (&names)[N]) {
    for (const auto& [known, value] : names) {
        if (name == known) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<SortOrder> parse_sort_order(std::string_view name) noexcept {
    static constexpr std::pair<std::string_view, SortOrder> kNames[] = {
        {"relevance", SortOrder::kRelevance},
        {"date", SortOrder::kDateAscending},
        {"-date", SortOrder::kDateDescending}};
    return value_named(name, kNames);
}

std::optional<DateBucket> parse_date_bucket(std::string_view name) noexcept {
    static constexpr std::pair<std::string_view, DateBucket> kNames[] = {
        {"day", DateBucket::kDay}, {"month", DateBucket::kMonth}, {"year", DateBucket::kYear}};
    return value_named(name, kNames);
}

}  // namespace mss
