#include "serve/error_response.h"

#include <nlohmann/json.hpp>

#include <mss/json.h>

namespace mss::serve {

int http_status_of(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::kBadQuery:
        case ErrorKind::kInvalidArgument:
            return 400;
        case ErrorKind::kIndexMissing:
        case ErrorKind::kShardUnavailable:
        case ErrorKind::kIndexBusy:
        case ErrorKind::kTimeLimit:  // the server's time for one request ran out
            return 503;
        case ErrorKind::kInterrupted:
        case ErrorKind::kInput:
        case ErrorKind::kIo:
            return 500;
    }
    return 500;
}

ErrorResponse error_response(int status, const std::string& kind, const std::string& message,
                             std::size_t character) {
    nlohmann::ordered_json error = {{"kind", kind}, {"message", message}};
    if (character != 0) {
        error["character"] = character;
    }
    const nlohmann::ordered_json body = {{"schema", kJsonSchemaVersion}, {"error", error}};
    // Messages quote what the client sent, which may not be UTF-8: replace, never throw.
    return {status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

ErrorResponse error_response(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const QueryError& e) {
        return error_response(http_status_of(e.kind()), to_string(e.kind()), e.what(),
                              e.position() + 1);
    } catch (const Error& e) {
        return error_response(http_status_of(e.kind()), to_string(e.kind()), e.what());
    } catch (const std::exception& e) {
        return error_response(500, "internal", std::string("internal error: ") + e.what());
    } catch (...) {
        return error_response(500, "internal", "internal error");
    }
}

}  // namespace mss::serve
