#include <catch2/catch.hpp>

#include <sstream>

#include <mss/error.h>

#include "render/template_renderer.h"
#include "sample_result.h"

namespace {

std::string rendered(const std::string& text) {
    std::ostringstream out;
    mss::TemplateRenderer renderer(text, out);
    mss::render(mss::testing::sample_result(), renderer);
    return out.str();
}

}  // namespace

TEST_CASE("a template prints one line per hit with its fields", "[template]") {
    CHECK(rendered("{rank} {date} {title}") ==
          "1 2025-01-18 Chérizier warns the contingent\n2 undated Police station\n");
}

TEST_CASE("every template field is filled", "[template]") {
    CHECK(rendered("{id}|{path}|{score}|{snippet}")
              .rfind("a.txt|seeds/a.txt|1.5000|…said Chérizier, as the contingent landed…\n", 0) ==
          0);
}

TEST_CASE("citation fields print as the source gave them, and empty when unknown", "[template]") {
    CHECK(rendered("{source}|{url}|{author}") ==
          "Caribbean Wire|https://caribbeanwire.example/a|Marie Joseph\n||\n");
}

TEST_CASE("doubled braces in a template are literal braces", "[template]") {
    CHECK(rendered("{{{rank}}}") == "{1}\n{2}\n");
}

TEST_CASE("an unknown template field is an error naming its position", "[template]") {
    std::ostringstream out;
    try {
        mss::TemplateRenderer renderer("{rank} {headline}", out);
        FAIL("no error");
    } catch (const mss::Error& e) {
        CHECK(e.kind() == mss::ErrorKind::kInvalidArgument);
        CHECK(std::string(e.what()).find("unknown field '{headline}' at character 8") !=
              std::string::npos);
    }
}

TEST_CASE("unbalanced template braces are errors", "[template]") {
    std::ostringstream out;
    CHECK_THROWS_AS(mss::TemplateRenderer("{rank", out), mss::Error);
    CHECK_THROWS_AS(mss::TemplateRenderer("rank}", out), mss::Error);
}
