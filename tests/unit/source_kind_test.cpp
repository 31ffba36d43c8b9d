#include <catch2/catch.hpp>

#include "articles/source_kind.h"

using mss::SourceKind;

TEST_CASE("file types are recognised by name whatever the case, .gz meaning compressed",
          "[source-kind]") {
    CHECK(mss::source_name_kind("a/B.TXT").kind == SourceKind::kSeedText);
    CHECK(mss::source_name_kind("wire.JSONL").kind == SourceKind::kJsonLines);
    CHECK(mss::source_name_kind("wire.ndjson").kind == SourceKind::kJsonLines);
    CHECK(mss::source_name_kind("p.Htm").kind == SourceKind::kHtml);
    CHECK(mss::source_name_kind("f.atom").kind == SourceKind::kFeed);
    const auto gz = mss::source_name_kind("wire.jsonl.GZ");
    CHECK(gz.kind == SourceKind::kJsonLines);
    CHECK(gz.compressed);
    CHECK_FALSE(mss::source_name_kind("wire.jsonl").compressed);
    for (const char* other : {"report.pdf", "memo.docx", "README", "archive.gz", "x.json"}) {
        CHECK(mss::source_name_kind(other).kind == SourceKind::kUnknown);
    }
}

TEST_CASE("markup files are recognised by their root element where the name lies",
          "[source-kind]") {
    CHECK(mss::source_content_kind("<?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'>",
                                   SourceKind::kXml) == SourceKind::kFeed);
    CHECK(mss::source_content_kind("\xEF\xBB\xBF<feed xmlns='http://www.w3.org/2005/Atom'>",
                                   SourceKind::kXml) == SourceKind::kFeed);
    CHECK(mss::source_content_kind("<atom:feed>", SourceKind::kXml) == SourceKind::kFeed);
    CHECK(mss::source_content_kind("<sitemap/>", SourceKind::kXml) == SourceKind::kUnknown);
    CHECK(mss::source_content_kind("<?xml version='1.0'?><rss>", SourceKind::kHtml) ==
          SourceKind::kFeed);
    CHECK(mss::source_content_kind("<!DOCTYPE html><html>", SourceKind::kFeed) ==
          SourceKind::kHtml);
    CHECK(mss::source_content_kind("<p>fragment", SourceKind::kHtml) == SourceKind::kHtml);
    CHECK(mss::source_content_kind("<rss>", SourceKind::kSeedText) == SourceKind::kSeedText);
}
