// How mss-serve answers a request that fails: an HTTP status and a JSON body with the fields the
// CLI's error line has, never an HTML page or a stack trace.
#pragma once

#include <exception>
#include <string>

#include <mss/error.h>

namespace mss::serve {

struct ErrorResponse {
    int status = 500;
    std::string body;  // {"schema":1,"error":{"kind","message"[,"character"]}}
};

// 400 for a bad query or parameter, 503 for an index that is missing, unreadable or has a shard
// down, 500 for the rest.
int http_status_of(ErrorKind kind);

// The response for `kind` and `message`; `character` (1-based, as mss-search prints it) for a
// query error, 0 when there is none.
ErrorResponse error_response(int status, const std::string& kind, const std::string& message,
                             std::size_t character = 0);

// The response for the exception being handled (call inside a catch block, or with one caught).
ErrorResponse error_response(const std::exception_ptr& error);

}  // namespace mss::serve
