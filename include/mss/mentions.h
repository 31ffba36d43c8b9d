// What the analyser finds in one article, with where: the entity and date occurrences mss-index
// indexes and `mss-index --explain` prints, for programs that highlight, check or score them.
//
// "The original text" is the Article's `title` or `body` exactly as the caller or read_articles()
// gives it, which the index also stores (document data) and results show: the JSON `title` and
// `body` strings as they are; for a seed file, the first line after any ` date YYYY-MM-DD `
// header, and the rest of the file, each trimmed of white space at both ends; invalid UTF-8
// replaced by U+FFFD when read. Offsets are characters (Unicode code points, end exclusive) into
// that text, so Python's `article["body"][begin:end]` is the occurrence as written; the UTF-8 byte
// offsets of the same span are given too.
//
// Thread-safety: a MentionFinder is used by one thread at a time; give each thread its own.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <mss/article.h>
#include <mss/index.h>

namespace mss {

struct EntityOccurrence {
    std::string field;      // "title" or "body": which text of the Article the offsets are into
    std::string kind;       // "person", "country", "organisation" or "place"
    std::string id;         // canonical id, as the index's XP/XC/XO/XL terms and facets hold it
    std::string name;       // display name
    std::size_t begin = 0;  // characters (code points) into the field; end exclusive
    std::size_t end = 0;
    std::size_t byte_begin = 0;  // the same span in bytes of the UTF-8 field
    std::size_t byte_end = 0;
    std::string text;      // the occurrence as written: the field's characters [begin, end)
    std::string evidence;  // the alias or cue that matched: "alias 'Barbeque'", "title 'Sen.'"
};

struct DateOccurrence {
    std::string field;      // "title" or "body"
    std::size_t begin = 0;  // characters (code points) into the field; end exclusive
    std::size_t end = 0;
    std::size_t byte_begin = 0;
    std::size_t byte_end = 0;
    std::string text;      // as written: "January 18, 2025", "last week"
    std::string value;     // "YYYYMMDD" for a day, "YYYYMM" for a month, the first day of a span
    std::string last_day;  // "YYYYMMDD", the last day of a span ("last week"); else empty
    std::string how;       // how it was read: "full date", "last week: Monday to Sunday ..."
};

struct ArticleMentions {
    std::optional<std::string> date;  // the article date (YYYY-MM-DD), as the index records it
    std::string date_source;          // "header", "text" or "none"
    std::vector<EntityOccurrence> entities;  // headline first, then body, each in text order
    std::vector<DateOccurrence> dates;       // likewise
};

class MentionFinder {
  public:
    // Loads the analyser's data as mss-index does: stopwords and entities from
    // options.data_dir (empty: the installed data) plus options.entity_files. Throws
    // mss::IoError or mss::InputError (a malformed entity file, naming file and line).
    explicit MentionFinder(const IndexWriterOptions& options = {});
    ~MentionFinder();
    MentionFinder(const MentionFinder&) = delete;
    MentionFinder& operator=(const MentionFinder&) = delete;

    // Every entity and date occurrence of the article, as mss-index finds them. Throws
    // mss::IoError only when ICU fails (a broken installation).
    ArticleMentions find(const Article& article);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// One JSON object on one line: {"id", "path", "date", "date_source", "entities": [...],
// "dates": [...]}, each occurrence with the fields above ("last_day" only for spans). Throws
// nothing but std::bad_alloc: text that is not UTF-8 is written with U+FFFD.
std::string mentions_to_json(const Article& article, const ArticleMentions& mentions);

}  // namespace mss
