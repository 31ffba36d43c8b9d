#include <catch2/catch.hpp>

#include <cstdint>

#include "stories/minima_file.h"

namespace {

// A record whose every minimum is a distinct 24-bit value, from its number alone.
mss::MinimaFile::Minima record_of(std::uint32_t number) {
    mss::MinimaFile::Minima minima;
    for (std::size_t i = 0; i < minima.size(); ++i) {
        minima[i] = (number * 7919u + static_cast<std::uint32_t>(i) * 104729u) & 0xffffffu;
    }
    return minima;
}

}  // namespace

TEST_CASE("the minima file gives back every record as it was appended, buffered or written out",
          "[stories]") {
    mss::MinimaFile file;
    // More than the 1 MiB buffer holds (2,427 records), so some records are read from the file.
    constexpr std::uint32_t kRecords = 6000;
    for (std::uint32_t number = 0; number < kRecords; ++number) {
        file.append(record_of(number));
        REQUIRE(file.read(number) == record_of(number));  // the newest, still in the buffer
    }
    CHECK(file.size() == kRecords);
    for (std::uint32_t number : {0u, 1u, 2426u, 2427u, 4853u, 4854u, 5999u}) {
        CHECK(file.read(number) == record_of(number));
    }
    for (std::uint32_t number = kRecords; number-- > 0;) {
        REQUIRE(file.read(number) == record_of(number));
    }
}
