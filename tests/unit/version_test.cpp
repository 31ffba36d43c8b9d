#include <string>

#include <catch2/catch.hpp>

#include <mss/version.h>

TEST_CASE("the version string is made of the version macros") {
    const std::string expected = std::to_string(MSS_VERSION_MAJOR) + "." +
                                 std::to_string(MSS_VERSION_MINOR) + "." +
                                 std::to_string(MSS_VERSION_PATCH);
    CHECK(std::string(mss::kVersion) == expected);
    CHECK(std::string(mss::version()) == expected);
}

TEST_CASE("MSS_CHECK_VERSION accepts this version and older ones, not newer ones") {
    STATIC_REQUIRE(MSS_CHECK_VERSION(MSS_VERSION_MAJOR, MSS_VERSION_MINOR, MSS_VERSION_PATCH));
    STATIC_REQUIRE(MSS_CHECK_VERSION(0, 0, 0));
    STATIC_REQUIRE(!MSS_CHECK_VERSION(MSS_VERSION_MAJOR + 1, 0, 0));
    STATIC_REQUIRE(!MSS_CHECK_VERSION(MSS_VERSION_MAJOR, MSS_VERSION_MINOR + 1, 0));
    STATIC_REQUIRE(!MSS_CHECK_VERSION(MSS_VERSION_MAJOR, MSS_VERSION_MINOR, MSS_VERSION_PATCH + 1));
    if (MSS_VERSION_MINOR > 0) {
        CHECK(MSS_CHECK_VERSION(MSS_VERSION_MAJOR, MSS_VERSION_MINOR - 1, 99));
    }
}
