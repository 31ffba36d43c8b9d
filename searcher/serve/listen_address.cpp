#include "serve/listen_address.h"

#include <mss/error.h>

namespace mss::serve {

ListenAddress parse_listen_address(const std::string& text) {
    const auto bad = [&](const std::string& why) {
        return InvalidArgumentError("listen address '" + text + "': " + why +
                                    " (HOST:PORT, [IPV6]:PORT or :PORT)");
    };
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos) {
        throw bad("no port");
    }
    ListenAddress address;
    std::string host = text.substr(0, colon);
    const std::string port = text.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) > 65535) {
        throw bad("the port must be a number from 0 to 65535");
    }
    address.port = std::stoi(port);
    if (host.empty()) {
        host = "127.0.0.1";
    }
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']') {
            throw bad("an IPv6 address needs its closing ']'");
        }
        address.host = host.substr(1, host.size() - 2);
        address.url_host = host;
    } else {
        if (host.find(':') != std::string::npos) {
            throw bad("write an IPv6 address in brackets");
        }
        address.host = host;
        address.url_host = host;
    }
    return address;
}

}  // namespace mss::serve
