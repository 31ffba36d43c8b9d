#include "serve/search_parameters.h"

#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include <mss/error.h>

namespace mss::serve {

namespace {

InvalidArgumentError bad_parameter(const std::string& name, const std::string& why) {
    return InvalidArgumentError("parameter '" + name + "' " + why);
}

bool is_blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The filter a parameter adds its value to, as the CLI's --person, --country, --org, --place,
// --source and --lang do; null for another parameter.
using Filter = std::vector<std::string> SearchRequest::*;

Filter filter_named(std::string_view name) {
    static const std::pair<std::string_view, Filter> kFilters[] = {
        {"person", &SearchRequest::persons},    {"country", &SearchRequest::countries},
        {"org", &SearchRequest::organisations}, {"place", &SearchRequest::places},
        {"source", &SearchRequest::sources},    {"lang", &SearchRequest::languages}};
    for (const auto& [known, filter] : kFilters) {
        if (name == known) {
            return filter;
        }
    }
    return nullptr;
}

}  // namespace

bool flag_value(const std::string& name, const std::string& value) {
    if (value.empty() || value == "1" || value == "true") {
        return true;
    }
    if (value == "0" || value == "false") {
        return false;
    }
    throw bad_parameter(name, "must be 1 or 0, not '" + value + "'");
}

std::size_t count_value(const std::string& name, const std::string& value, std::size_t max) {
    // Digits only: no sign, no space, no exponent, no leading '+' that stoul would take.
    const bool digits = !value.empty() && value.size() <= 19 &&
                        value.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) {
        throw bad_parameter(name, "must be a whole number, not '" + value + "'");
    }
    const unsigned long long number = std::stoull(value);
    if (number > max) {
        throw bad_parameter(name, "is " + value + "; the limit is " + std::to_string(max));
    }
    return static_cast<std::size_t>(number);
}

SearchParameters search_parameters(const QueryParameters& parameters, const RequestLimits& limits) {
    static const std::set<std::string_view> kRepeatable = {"person", "country", "org", "place",
                                                           "lang"};
    SearchParameters result;
    SearchRequest& request = result.request;
    request.facets = true;  // as mss-search --json: scripts should not need to ask
    request.time_limit_seconds = limits.time_limit_seconds;
    bool has_query = false;
    std::set<std::string> seen;
    for (const auto& [name, value] : parameters) {
        if (kRepeatable.count(name) == 0 && !seen.insert(name).second) {
            throw bad_parameter(name, "is given more than once");
        }
        if (name == "q") {
            request.text = value;
            has_query = !is_blank(value);
        } else if (name == "limit") {
            request.limit = count_value(name, value, limits.max_limit);
        } else if (name == "offset") {
            request.offset = count_value(name, value, limits.max_offset);
        } else if (name == "snippet_chars") {
            request.snippet_chars = count_value(name, value, limits.max_snippet_chars);
        } else if (const auto filter = filter_named(name)) {
            (request.*filter).push_back(value);
        } else if (name == "collapse") {
            request.collapse = flag_value(name, value);
        } else if (name == "from") {
            // Empty, as the CLI's --from "": no bound.
            if (!value.empty()) {
                request.dates.from = value;
            }
        } else if (name == "to") {
            if (!value.empty()) {
                request.dates.to = value;
            }
        } else if (name == "now") {
            request.now = value;
        } else if (name == "sort") {
            const auto order = parse_sort_order(value);
            if (!order) {
                throw bad_parameter(name, "must be relevance, date or -date");
            }
            request.sort = *order;
        } else if (name == "by") {
            const auto bucket = parse_date_bucket(value);
            if (!bucket) {
                throw bad_parameter(name, "must be day, month or year");
            }
            request.date_bucket = *bucket;
        } else if (name == "exact") {
            request.exact_total = flag_value(name, value);
        } else if (name == "partial") {
            result.partial = flag_value(name, value);
        } else {
            throw bad_parameter(name, "is not one this server knows");
        }
    }
    if (!has_query && !request.has_filters()) {
        throw InvalidArgumentError("no query given (parameter 'q', or a filter)");
    }
    return result;
}

}  // namespace mss::serve
