// The address mss-serve listens on, as --listen gives it.
#pragma once

#include <string>

namespace mss::serve {

struct ListenAddress {
    std::string host;      // as the socket layer takes it: "127.0.0.1", "::1", "0.0.0.0"
    std::string url_host;  // as a URL writes it: IPv6 in brackets
    int port = 0;          // 0: any free port
};

// "HOST:PORT", "[IPV6]:PORT" or ":PORT" (loopback). Throws mss::InvalidArgumentError naming
// the text for anything else, or a port over 65535.
ListenAddress parse_listen_address(const std::string& text);

}  // namespace mss::serve
