// Writing an index: the indexer's side of the library.
//
// Two ways in: update_index() runs a whole nightly run (incremental or rebuild, with bad-input
// handling, batching and the writer lock), which is what mss-index does; IndexWriter adds single
// articles for programs that feed the index themselves.
//
// Thread-safety: an update_index() run and an IndexWriter are each used from one thread
// (update_index() starts its own analysis threads); read_articles() and explain_articles() are
// called from one thread at a time; read_index_stats() may be called from any thread. Only one
// writer may work on an index at a time: a second one waits (IndexRunOptions::wait) or throws
// mss::IndexBusyError.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <mss/article.h>

namespace mss {

// A problem with one source that does not stop the run.
struct SourceWarning {
    enum class Effect {
        kSkipped,   // an article (a line, a duplicate) was not indexed
        kRepaired,  // indexed with the bad part dropped or replaced
        // A whole file or folder was left out (unreadable, empty, binary, too large, cut mid-line,
        // changed while read, gone during the run), or a JSON line of one was (too large, not
        // parsed: it may hold an article the index has). Articles the file held before are kept
        // (`kept` names it): a file that is bad tonight (a failed copy, a truncated download) is
        // more likely broken than retired. The root's other files get their deletions as usual.
        kFileSkipped,
        // The run would have deleted every article of a source root, or more than
        // IndexRunOptions::max_delete of them: it deleted none of them (an empty, unmounted or
        // half-synced source looks like one whose articles were all retired).
        kDeletionsRefused,
        // A source root the index was built from no longer exists at a rebuild (a moved, renamed
        // or unmounted folder): its articles are kept from the text the index stores, as a
        // broken file's are, unless IndexRunOptions::drop_sources names it.
        kSourceMissing,
    };
    std::string where;    // "path" or "path:line"
    std::string message;  // what was wrong, in one line
    Effect effect = Effect::kSkipped;
    // With kFileSkipped: the file or folder whose articles are kept, resolved as Article::path
    // is (a JSON Lines article's path is this file and ":LINE").
    std::string kept = {};
};

using ArticleSink = std::function<void(Article&&)>;
using WarningSink = std::function<void(const SourceWarning&)>;

// Articles (a .txt file or page, a feed, one line of a .jsonl file; decompressed) larger than
// this are skipped by default.
inline constexpr std::uintmax_t kDefaultMaxArticleBytes = 8u << 20;

struct ReadOptions {
    std::uintmax_t max_bytes = kDefaultMaxArticleBytes;  // larger articles are skipped
};

// Reads every article under `path`: a seed-format .txt file, JSON Lines (.jsonl, .ndjson: one
// article per line), an HTML page (.html, .htm), an RSS or Atom feed (.rss, .atom, .xml with such
// a root: one article per item, marked Article::from_feed), any of them gzipped (.gz), or a
// directory searched recursively for them, in sorted path order. Extensions match in any case;
// markup files are told apart by their root element. Any other file is a warning (Effect::kSkipped)
// naming it. Ids are paths relative to `path` for text files and pages, the "id" field for JSON
// Lines, the guid/id (else the link) for feed items; the stored path is resolved against the
// current folder. Bad input never throws: unreadable, empty, binary (NUL bytes), oversized and
// damaged files or lines are skipped, invalid UTF-8 is replaced by U+FFFD, a feed that is not
// well-formed keeps its items before the error, each with a warning naming file and line. Throws
// mss::InputError only when `path` itself does not exist. Call from one thread at a time.
void read_articles(const std::string& path, const ArticleSink& on_article,
                   const WarningSink& on_warning, const ReadOptions& options = {});

struct IndexRunOptions {
    std::string data_dir;  // folder holding stopwords/ and entities/; empty: installed data
    // More entity data files (entities/README.md format), merged over the shipped ones in order.
    // The index records them; when none are given, a run uses the recorded ones (throwing
    // mss::InputError when one has gone or changed), unless `use_recorded_entity_files` is false.
    std::vector<std::string> entity_files;
    bool use_recorded_entity_files = true;
    bool rebuild = false;        // build a fresh index from the sources and swap it in atomically
    bool delete_missing = true;  // remove articles whose source disappeared (--no-delete: false)
    // A run deletes nothing from a source root when it would delete all of its articles or more
    // than this many, unless `force_delete` (see SourceWarning::Effect::kDeletionsRefused).
    std::size_t max_delete = 1000;
    bool force_delete = false;
    // Source roots the index was built from whose path is gone and whose articles a rebuild may
    // drop (as spelled for update_index(); matched as the same root however spelled). Any other
    // gone root has its articles kept (SourceWarning::Effect::kSourceMissing). One that names no
    // recorded source, or one whose path is there, makes update_index() throw
    // mss::InvalidArgumentError before it changes anything.
    std::vector<std::string> drop_sources;
    bool dry_run = false;  // decide what would change, write nothing
    bool wait = false;     // wait for another writer instead of throwing IndexBusyError
    // Split the index into this many shards by article id hash (docs/SCALING.md); 0 keeps the
    // index's own layout (one shard for a new index). Changing it needs `rebuild`.
    unsigned shards = 0;
    std::size_t batch_size = 1000;  // commit after this many changed articles
    unsigned threads = 0;  // analysis (and, in full builds, writer) threads; 0: one per core
    ReadOptions read;
    // Polled between articles; when it becomes true the run stops at the next commit point.
    const std::atomic<bool>* stop = nullptr;
};

struct IndexProgress {
    std::size_t articles = 0;        // articles read so far
    std::uintmax_t bytes = 0;        // text read so far
    std::uintmax_t bytes_total = 0;  // size of all source files (for an estimate of the rest)
};

// What a run tells its caller while it works. Every member may be empty.
struct IndexRunObserver {
    WarningSink on_warning;
    std::function<void(const IndexProgress&)> on_progress;  // at most every few hundred articles
    std::function<void(const std::string&)> on_notice;      // "rebuilding: ...", "waiting ..."
    // Dry runs: one line per change, "add ID", "update ID", "delete ID".
    std::function<void(const std::string&)> on_planned_change;
};

// Every article a run meets is counted once. A rebuild counts against the index it replaces: an
// article read that the old index did not hold is added, one whose content changed is updated,
// one the old index held that the new one does not is deleted.
struct IndexRunSummary {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t deleted = 0;
    // Articles a rebuild could not read again and carried from the text the index stores (feed
    // items that left their feed, articles of files read in part, of a source that is gone, or
    // added by IndexWriter without a source).
    std::size_t kept = 0;
    std::size_t sources_missing = 0;    // recorded sources gone (kSourceMissing), articles kept
    std::size_t skipped = 0;            // warnings that left a file or line out
    std::size_t repaired = 0;           // warnings about articles indexed with a part dropped
    std::size_t deletions_refused = 0;  // articles kept by the max_delete guard
    bool rebuilt = false;               // a fresh generation was built and published
    std::string rebuild_reason;
    bool interrupted = false;  // stopped early by IndexRunOptions::stop
    // Interrupted during a rebuild of a live index: nothing of the run was written, the previous
    // index stays live, and the counts above say only how far the rebuild had come.
    bool abandoned = false;
    bool wrote = false;  // false when the index was left untouched
    double seconds = 0;
    std::uintmax_t bytes_read = 0;   // article text read
    std::uintmax_t index_bytes = 0;  // size of the live index on disk afterwards
    std::size_t article_count = 0;   // articles in the live index afterwards
    std::size_t peak_rss_kib = 0;    // peak resident memory of this process
};

// Makes the index at `index_dir` (every shard of it, for a sharded index) match `sources` (files or
// folders, as read_articles() reads them): new and changed articles (by content hash) are indexed,
// unchanged ones skipped, and with delete_missing, articles that came from one of these source
// roots before but were not seen now are removed (never those of a file skipped whole, and never
// feed items, which belong to no root). A rebuild keeps the articles it could not read again
// (feed items that left their feed, articles of files skipped whole, articles added by
// IndexWriter without a source), analysed anew from their stored text. A changed analyser (index
// format, stopwords or entity data) or options.rebuild builds a fresh generation beside the live
// one and publishes it in one atomic step. A sharded index runs this once per shard, each shard
// with its own generations, lock and run record, so every guarantee here holds per shard; the
// index's stub lists the shards once they all exist. Throws mss::IndexBusyError,
// mss::IndexMissingError (unreadable index), mss::InputError (a source that does not exist),
// mss::InvalidArgumentError (a shard count the index does not have, without `rebuild`; a source to
// drop that is not a gone source of the index) or
// mss::IoError; the last committed index stays searchable.
IndexRunSummary update_index(const std::string& index_dir, const std::vector<std::string>& sources,
                             const IndexRunOptions& options, const IndexRunObserver& observer);

struct IndexStats {
    // Folder name of the live generation; for a sharded index "N shards:" and each shard's
    // "shard-K-of-N/gen-NNNNNN" (the other fields then cover every shard; last_run_json is the
    // first shard's).
    std::string generation;
    std::size_t articles = 0;
    std::size_t dated = 0;
    std::optional<std::string> first_date;  // YYYY-MM-DD
    std::optional<std::string> last_date;
    std::size_t persons = 0;  // distinct entities of each kind found in the articles
    std::size_t countries = 0;
    std::size_t organisations = 0;
    std::size_t places = 0;
    std::uintmax_t bytes = 0;  // size of the live generation on disk
    std::vector<std::pair<std::string, std::size_t>> sources;  // source root, articles from it
    int format = 0;             // mss::kIndexFormat of the analyser that built it
    std::string last_run_json;  // the last run's summary as JSON, empty when unknown
};

// Throws mss::IndexMissingError when there is no index at `index_dir`, or one (or a shard of one)
// that cannot be read.
IndexStats read_index_stats(const std::string& index_dir);

struct IndexWriterOptions {
    // Folder holding stopwords/ and entities/. Empty: the installed data folder.
    std::string data_dir;
    // More entity data files (entities/README.md format), merged over the shipped ones in order.
    std::vector<std::string> entity_files;
};

enum class ExplainFormat {
    kText,  // for people; the format may change between versions
    kJson,  // a line of mentions_to_json() (include/mss/mentions.h) per article
};

// Writes, for each article under `path` (as read_articles reads it), what the analyser extracts:
// entities with their character (and byte) offsets and the alias or cue that matched, mentioned
// dates, and the article date with its source; the text form adds every word with its folded and
// stemmed forms. For people checking why an article is (or is not) in a facet, and, as JSON, for
// scripts (include/mss/mentions.h has the same as a library call). Throws as MentionFinder's
// constructor does for the data, and mss::InputError when `path` does not exist; bad input is a
// warning, as for read_articles().
void explain_articles(const std::string& path, const IndexWriterOptions& options, std::ostream& out,
                      const WarningSink& on_warning, ExplainFormat format = ExplainFormat::kText);

class IndexWriter {
  public:
    // Opens the index at `index_dir`, creating it (and the folder) when missing, with the
    // analyser's data loaded as MentionFinder's constructor loads it. Throws
    // mss::IndexBusyError when another writer holds the index, mss::InputError for a malformed
    // entity file (naming file and line), and mss::IoError when the folder, the data or the
    // index cannot be read or written.
    explicit IndexWriter(const std::string& index_dir, const IndexWriterOptions& options = {});
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // Adds the article, replacing any earlier article with the same id. A near-copy of articles
    // already in the index joins their story (merging their stories when it is a copy of several),
    // as an mss-index run would group them; the first call reads the fingerprints of the index.
    // `source` is the file or folder it was read from, as update_index() would be given it
    // (read_articles() on that path yields it): the document then carries that source's term and
    // the article's content hash exactly as update_index() writes them, and the index records the
    // source, so a later update_index() over it sees the article unchanged, updates it when it
    // changed and deletes it when it is gone, and a rebuild reads the source again. With no
    // source (and for feed items, which belong to none) no run deletes the article, and a rebuild
    // keeps it. Throws mss::IoError when Xapian fails; nothing is visible to searchers before
    // commit().
    void add(const Article& article, const std::string& source = {});

    // Makes everything added so far visible to searchers, atomically (a new index is published by
    // its first commit). Throws mss::IoError when the commit or the publishing fails.
    void commit();

    // Number of articles in the index, committed or not. Throws mss::IoError when Xapian fails.
    std::size_t article_count() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace mss
