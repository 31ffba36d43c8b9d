// Numbers on the command lines of mss-search and mss-index, checked. Boost.Program_options reads
// "-1" into an unsigned option as its largest value and lets a too-large value wrap; here each is
// a usage error naming the flag and the range.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include <boost/program_options/errors.hpp>

namespace mss_cli {

// The whole number `text` given to `flag`, from `min` to `max`; boost::program_options::error
// otherwise (the front ends report it as a usage error, exit 2).
template <typename T>
T parse_whole_number(const std::string& flag, const std::string& text, T min = 0,
                     T max = std::numeric_limits<T>::max()) {
    T value{};
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end || value < min || value > max) {
        throw boost::program_options::error(flag + " takes a whole number from " +
                                            std::to_string(min) + " to " + std::to_string(max) +
                                            ", not '" + text + "'");
    }
    return value;
}

// A number of seconds, 0 or more, possibly with a fraction.
inline double parse_seconds(const std::string& flag, const std::string& text) {
    char* stop = nullptr;
    const double value = std::strtod(text.c_str(), &stop);
    if (text.empty() || *stop != '\0' || !std::isfinite(value) || value < 0 || value > 1e6) {
        throw boost::program_options::error(
            flag + " takes a number of seconds (0 for none), not '" + text + "'");
    }
    return value;
}

}  // namespace mss_cli
