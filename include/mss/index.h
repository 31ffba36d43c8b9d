// Writing an index: the indexer's side of the library.
//
// Thread-safety: an IndexWriter is used from one thread. Only one IndexWriter may be open on an
// index at a time (Xapian's writer lock); a second one throws mss::IoError.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include <mss/article.h>

namespace mss {

// Where the index lives when the caller does not say: $MSS_INDEX, else ./index.
// An explicit non-empty `flag` value wins over both.
std::string resolve_index_dir(const std::string& flag);

// A problem with one source that does not stop the run: a file or line that was skipped.
struct SourceWarning {
    std::string where;    // "path" or "path:line"
    std::string message;  // what was wrong, in one line
};

using ArticleSink = std::function<void(Article&&)>;
using WarningSink = std::function<void(const SourceWarning&)>;

// Reads every article under `path`: a seed-format .txt file, a .jsonl file (one article per
// line), or a directory searched recursively for both, in sorted path order. Files with other
// extensions are ignored. Ids are paths relative to `path` for text files and the "id" field for
// JSON Lines. Throws mss::InputError when `path` itself does not exist or cannot be read.
void read_articles(const std::string& path, const ArticleSink& on_article,
                   const WarningSink& on_warning);

struct IndexWriterOptions {
    // Folder holding stopwords/ and entities/. Empty: the installed data folder.
    std::string data_dir;
    // More entity data files (entities/README.md format), merged over the shipped ones in order.
    std::vector<std::string> entity_files;
};

// Writes, for each article under `path` (as read_articles reads it), what the analyser extracts:
// words with their folded and stemmed forms, entities with their byte offsets and the alias or cue
// that matched, mentioned dates, and the article date with its source. Human-readable, for people
// checking why an article is (or is not) in a facet; the format may change between versions.
void explain_articles(const std::string& path, const IndexWriterOptions& options, std::ostream& out,
                      const WarningSink& on_warning);

class IndexWriter {
  public:
    // Opens the index at `index_dir`, creating it (and the folder) when missing.
    explicit IndexWriter(const std::string& index_dir, const IndexWriterOptions& options = {});
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // Adds the article, replacing any earlier article with the same id.
    void add(const Article& article);

    // Makes everything added so far visible to searchers, atomically.
    void commit();

    // Number of articles in the index, committed or not.
    std::size_t article_count() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mss
