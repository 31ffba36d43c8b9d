// Which reader a source file goes to: by its name, case-insensitively, with ".gz" meaning
// compressed, and by its content where the name leaves it open or lies (an ".xml" that is a
// feed, an ".html" that holds a feed).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace mss {

enum class SourceKind {
    kSeedText,   // .txt
    kJsonLines,  // .jsonl, .ndjson
    kHtml,       // .html, .htm
    kFeed,       // .rss, .atom, and .xml whose root is <rss> or <feed>
    kXml,        // .xml: a feed or nothing, by its root element
    kUnknown,    // anything else: warned about and skipped
};

struct SourceName {
    SourceKind kind = SourceKind::kUnknown;
    bool compressed = false;  // the name ends in ".gz"
};

SourceName source_name_kind(const std::filesystem::path& file);

// The kind of a markup file from its first bytes: kFeed when the root element is <rss> or
// <feed>, kHtml when it is <html> (or a doctype html), else `by_name` unchanged, except kXml,
// which becomes kUnknown. Comments, processing instructions, a BOM and white space before the
// root are skipped.
SourceKind source_content_kind(std::string_view head, SourceKind by_name);

}  // namespace mss
