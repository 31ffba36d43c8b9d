#include <catch2/catch.hpp>

#include <string>

#include <mss/terminal_text.h>

#include "check_cases.h"

using namespace std::string_literals;

TEST_CASE("escape sequences are shown in caret notation, not sent to the terminal",
          "[terminal-text]") {
    mss::testing::check_cases(mss::terminal_text,
                              {
                                  {"a\x1b[2Jb", "a^[[2Jb"},                          // clear screen
                                  {"\x1b]0;title\x07", "^[]0;title^G"},              // window title
                                  {"\x1b]52;c;ZXZpbA==\x07", "^[]52;c;ZXZpbA==^G"},  // clipboard
                                  {"\x1b]8;;http://x\x1b\\", "^[]8;;http://x^[\\"},  // hyperlink
                                  {"\x1b[6n", "^[[6n"}                               // cursor query
                              });
}

TEST_CASE("C0 controls, DEL and NUL become visible; newline and tab a space", "[terminal-text]") {
    CHECK(mss::terminal_text("a\rb\bc\x7f") == "a^Mb^Hc^?");
    CHECK(mss::terminal_text("nul\0here"s) == "nul^@here");
    CHECK(mss::terminal_text("two\nlines\tand tab") == "two lines and tab");
}

TEST_CASE("C1 and bidi controls become U+FFFD, other text is kept", "[terminal-text]") {
    mss::testing::check_cases(mss::terminal_text, {{"a\u009b31mb", "a\uFFFD31mb"},
                                                   {"abc\u202Edef", "abc\uFFFDdef"},
                                                   {"\u2066x\u2069", "\uFFFDx\uFFFD"},
                                                   {"Gonaïves — Kenya 🇰🇪", "Gonaïves — Kenya 🇰🇪"}});
}

TEST_CASE("bytes that are not UTF-8 are shown as hex escapes", "[terminal-text]") {
    mss::testing::check_cases(mss::terminal_text, {
                                                      {"caf\xe9.txt", "caf\\xE9.txt"},
                                                      {"\x9b", "\\x9B"},          // a raw 8-bit CSI
                                                      {"\xc0\x80", "\\xC0\\x80"}  // overlong NUL
                                                  });
}

TEST_CASE("JSON text gets C1, bidi and DEL escaped and nothing else changed", "[terminal-text]") {
    CHECK(mss::escape_json_controls("{\"t\":\"a\u009bb\u202Ec\x7f\"}") ==
          "{\"t\":\"a\\u009bb\\u202ec\\u007f\"}");
    CHECK(mss::escape_json_controls("{\"t\":\"Gonaïves\"}") == "{\"t\":\"Gonaïves\"}");
}
