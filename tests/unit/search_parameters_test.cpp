#include <catch2/catch.hpp>

#include <mss/error.h>

#include "serve/error_response.h"
#include "serve/listen_address.h"
#include "serve/search_parameters.h"

using mss::serve::QueryParameters;
using mss::serve::search_parameters;

TEST_CASE("search parameters give the request mss-search --json makes", "[serve]") {
    const auto parsed = search_parameters({{"q", "Murkomen contingent"}});
    const mss::SearchRequest defaults;
    CHECK(parsed.request.text == "Murkomen contingent");
    CHECK(parsed.request.limit == defaults.limit);
    CHECK(parsed.request.offset == defaults.offset);
    CHECK(parsed.request.snippet_chars == defaults.snippet_chars);
    CHECK(parsed.request.sort == mss::SortOrder::kRelevance);
    CHECK(parsed.request.date_bucket == mss::DateBucket::kMonth);
    CHECK(parsed.request.facets);  // JSON always carries facets
    CHECK_FALSE(parsed.request.exact_total);
    CHECK_FALSE(parsed.request.dates.from);
    CHECK_FALSE(parsed.partial);
    // Every search has the server's time limit, 10 s unless --time-limit says otherwise.
    CHECK(parsed.request.time_limit_seconds == 10);
    mss::serve::RequestLimits limits;
    limits.time_limit_seconds = 2.5;
    CHECK(search_parameters({{"q", "police"}}, limits).request.time_limit_seconds == 2.5);
}

TEST_CASE("every option of mss-search has its parameter", "[serve]") {
    const QueryParameters parameters = {
        {"q", "police"},        {"limit", "25"},     {"offset", "50"},  {"snippet_chars", "0"},
        {"person", "barbeque"}, {"person", "ruto"},  {"country", "ke"}, {"org", "hnp"},
        {"place", "nairobi"},   {"from", "2025-01"}, {"to", "30d"},     {"now", "2025-02-01"},
        {"sort", "-date"},      {"by", "day"},       {"exact", "1"},    {"partial", "true"},
    };
    const auto parsed = search_parameters(parameters);
    const mss::SearchRequest& request = parsed.request;
    CHECK(request.limit == 25);
    CHECK(request.offset == 50);
    CHECK(request.snippet_chars == 0);
    CHECK(request.persons == std::vector<std::string>{"barbeque", "ruto"});
    CHECK(request.countries == std::vector<std::string>{"ke"});
    CHECK(request.organisations == std::vector<std::string>{"hnp"});
    CHECK(request.places == std::vector<std::string>{"nairobi"});
    CHECK(request.dates.from == "2025-01");
    CHECK(request.dates.to == "30d");
    CHECK(request.now == "2025-02-01");
    CHECK(request.sort == mss::SortOrder::kDateDescending);
    CHECK(request.date_bucket == mss::DateBucket::kDay);
    CHECK(request.exact_total);
    CHECK(parsed.partial);
}

TEST_CASE("an empty from or to leaves that end of the range open", "[serve]") {
    const auto parsed = search_parameters({{"q", "a"}, {"from", ""}, {"to", ""}});
    CHECK_FALSE(parsed.request.dates.from);
    CHECK_FALSE(parsed.request.dates.to);
}

TEST_CASE("a missing or blank query is refused, unless a filter is the search", "[serve]") {
    CHECK_THROWS_AS(search_parameters({}), mss::InvalidArgumentError);
    CHECK_THROWS_AS(search_parameters({{"q", " \t"}}), mss::InvalidArgumentError);
    CHECK_THROWS_AS(search_parameters({{"limit", "5"}}), mss::InvalidArgumentError);
    CHECK(search_parameters({{"person", "murkomen"}}).request.persons ==
          std::vector<std::string>{"murkomen"});
    CHECK(search_parameters({{"q", ""}, {"from", "2025-01"}}).request.dates.from == "2025-01");
}

TEST_CASE("bad parameter values are refused with the parameter named", "[serve]") {
    const std::pair<const char*, const char*> cases[] = {
        {"limit", "101"},
        {"limit", "-1"},
        {"limit", "+5"},
        {"limit", "5 "},
        {"limit", ""},
        {"limit", "1e3"},
        {"offset", "10001"},
        {"offset", "99999999999999999999"},
        {"snippet_chars", "2001"},
        {"sort", "newest"},
        {"by", "week"},
        {"exact", "yes"},
        {"partial", "2"},
    };
    for (const auto& [name, value] : cases) {
        CAPTURE(name, value);
        try {
            search_parameters({{"q", "a"}, {name, value}});
            FAIL("accepted");
        } catch (const mss::InvalidArgumentError& e) {
            CHECK(std::string(e.what()).find(std::string("parameter '") + name + "'") !=
                  std::string::npos);
        }
    }
}

TEST_CASE("the limits are the largest values accepted", "[serve]") {
    mss::serve::RequestLimits limits;
    limits.max_limit = 7;
    CHECK(search_parameters({{"q", "a"}, {"limit", "7"}}, limits).request.limit == 7);
    CHECK_THROWS_AS(search_parameters({{"q", "a"}, {"limit", "8"}}, limits),
                    mss::InvalidArgumentError);
}

TEST_CASE("lang is repeatable: its values are alternatives, as mss-search --lang", "[serve]") {
    const auto parsed =
        search_parameters({{"q", "police"}, {"lang", "fr"}, {"lang", "Haitian Creole"}});
    CHECK(parsed.request.languages == std::vector<std::string>{"fr", "Haitian Creole"});
}

TEST_CASE("unknown and repeated single parameters are refused", "[serve]") {
    // Unknown, misspelt, or a flag that is not one: refused rather than silently ignored, so no
    // count is wrong.
    for (const char* name : {"language", "collapse", "Q", "limit "}) {
        CAPTURE(name);
        CHECK_THROWS_AS(search_parameters({{"q", "a"}, {name, "x"}}), mss::InvalidArgumentError);
    }
    CHECK_THROWS_AS(search_parameters({{"q", "a"}, {"q", "b"}}), mss::InvalidArgumentError);
    CHECK_THROWS_AS(search_parameters({{"q", "a"}, {"sort", "date"}, {"sort", "date"}}),
                    mss::InvalidArgumentError);
}

TEST_CASE("errors map to HTTP statuses by kind", "[serve]") {
    CHECK(mss::serve::http_status_of(mss::ErrorKind::kBadQuery) == 400);
    CHECK(mss::serve::http_status_of(mss::ErrorKind::kInvalidArgument) == 400);
    CHECK(mss::serve::http_status_of(mss::ErrorKind::kIndexMissing) == 503);
    CHECK(mss::serve::http_status_of(mss::ErrorKind::kShardUnavailable) == 503);
    CHECK(mss::serve::http_status_of(mss::ErrorKind::kIo) == 500);
}

TEST_CASE("a query error answers with the character the CLI names", "[serve]") {
    const auto response =
        mss::serve::error_response(std::make_exception_ptr(mss::QueryError("unbalanced quote", 4)));
    CHECK(response.status == 400);
    CHECK(
        response.body ==
        R"({"schema":1,"error":{"kind":"bad-query","message":"unbalanced quote","character":5}})");
}

TEST_CASE("an error message that is not UTF-8 still gives JSON", "[serve]") {
    const auto response = mss::serve::error_response(
        std::make_exception_ptr(mss::InvalidArgumentError("parameter 'x\xff' is unknown")));
    CHECK(response.status == 400);
    CHECK(response.body.find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD
}

TEST_CASE("listen addresses: host and port, IPv6 in brackets, loopback by default", "[serve]") {
    const auto v4 = mss::serve::parse_listen_address("0.0.0.0:8080");
    CHECK(v4.host == "0.0.0.0");
    CHECK(v4.port == 8080);
    const auto v6 = mss::serve::parse_listen_address("[::1]:0");
    CHECK(v6.host == "::1");
    CHECK(v6.url_host == "[::1]");
    CHECK(v6.port == 0);
    CHECK(mss::serve::parse_listen_address(":9000").host == "127.0.0.1");
    for (const char* bad : {"localhost", "host:", "host:65536", "host:80x", "::1:80", "[::1:80"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(mss::serve::parse_listen_address(bad), mss::InvalidArgumentError);
    }
}
