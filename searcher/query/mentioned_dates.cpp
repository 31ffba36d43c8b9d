#include "query/mentioned_dates.h"

#include <string>
#include <vector>

#include "dates/iso_date.h"
#include "schema.h"

namespace mss {
namespace {

constexpr std::size_t kDayDigits = 8;    // YYYYMMDD
constexpr std::size_t kMonthDigits = 6;  // YYYYMM

// The last day of month "YYYYMM", as YYYYMMDD.
std::string last_day_of(const std::string& month) {
    const int number = digits_value(month.substr(4, 2));
    if (number < 1 || number > 12) {
        return month + "31";  // no such month: after any of its year's days, as text
    }
    return month + std::to_string(days_in_month(digits_value(month.substr(0, 4)), number));
}

}  // namespace

Xapian::Query mentioned_dates_query(const Xapian::Database* database, const DateRange& range) {
    if (database == nullptr) {
        return Xapian::Query::MatchNothing;
    }
    const std::string from = range.from ? schema::date_value(*range.from) : std::string();
    const std::string to = range.to ? schema::date_value(*range.to) : std::string();
    const auto within = [&](const std::string& first, const std::string& last) {
        return (from.empty() || first >= from) && (to.empty() || last <= to);
    };
    const std::string prefix = schema::kMentionedDatePrefix;
    std::vector<Xapian::Query> terms;
    for (auto term = database->allterms_begin(prefix); term != database->allterms_end(prefix);
         ++term) {
        const std::string value = (*term).substr(prefix.size());
        if (!all_digits(value)) {
            continue;
        }
        const bool day = value.size() == kDayDigits && within(value, value);
        const bool month = value.size() == kMonthDigits && within(value + "01", last_day_of(value));
        if (day || month) {
            terms.emplace_back(*term);
        }
    }
    if (terms.empty()) {
        return Xapian::Query::MatchNothing;
    }
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace mss
