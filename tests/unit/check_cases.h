// Checks over tables of cases: the call under test is written once, the inputs and what is
// expected of them are data, and a failure names its input.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include <catch2/catch.hpp>

namespace mss::testing {

// f(input) == expected for each {input, expected}.
template <typename Expected = std::string, typename F>
void check_cases(const F& f, std::initializer_list<std::pair<std::string, Expected>> cases) {
    for (const auto& [input, expected] : cases) {
        CAPTURE(input);
        CHECK(f(input) == expected);
    }
}

// f(input) holds (true, or a value) for each input.
template <typename F>
void check_all(const F& f, std::initializer_list<std::string> inputs) {
    for (const std::string& input : inputs) {
        CAPTURE(input);
        CHECK(f(input));
    }
}

// f(input) does not hold (false, or no value) for any input.
template <typename F>
void check_none(const F& f, std::initializer_list<std::string> inputs) {
    for (const std::string& input : inputs) {
        CAPTURE(input);
        CHECK_FALSE(f(input));
    }
}

}  // namespace mss::testing
