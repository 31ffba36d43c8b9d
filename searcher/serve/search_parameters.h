// The query parameters of mss-serve's GET /search, read into the SearchRequest that
// `mss-search --json` makes from the same options, so both print the same JSON.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include <mss/search.h>

namespace mss::serve {

// Parameters as the HTTP library decodes them: name -> value, a name possibly repeated.
using QueryParameters = std::multimap<std::string, std::string>;

// Bounds on what one request may ask for, so that no request costs more than a page of work.
struct RequestLimits {
    std::size_t max_limit = 100;           // hits per page
    std::size_t max_offset = 10000;        // how deep a page may start
    std::size_t max_snippet_chars = 2000;  // snippet length
    // Every search's SearchRequest::time_limit_seconds (mss-serve --time-limit): a request that
    // runs past it is answered 503 with a time-limit error, and the worker is free again.
    double time_limit_seconds = 10;
};

struct SearchParameters {
    SearchRequest request;
    bool partial = false;  // partial=1: search the shards that answer
};

// q (required), limit, offset, snippet_chars, person, country, org, place (each repeatable),
// from, to, now, sort, by, exact, partial: the names and values of mss-search's options, and
// the request `mss-search --json` makes (facets always counted). Throws
// mss::InvalidArgumentError naming the parameter for a missing query, an unknown or repeated
// parameter, or a value that is not one the option takes or is over `limits`.
SearchParameters search_parameters(const QueryParameters& parameters,
                                   const RequestLimits& limits = {});

// The value of a flag parameter: "1", "true" or "" (present without a value) are true, "0" and
// "false" false. Throws mss::InvalidArgumentError naming `name` for anything else.
bool flag_value(const std::string& name, const std::string& value);

// A whole number from 0 to `max`. Throws mss::InvalidArgumentError naming `name` otherwise.
std::size_t count_value(const std::string& name, const std::string& value, std::size_t max);

}  // namespace mss::serve
