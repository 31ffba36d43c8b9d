#include "incremental_writer.h"

#include <algorithm>
#include <thread>

#include <mss/error.h>

#include "schema.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

// The shortest time between two commits of an incremental run, whatever the batch size. Glass
// keeps one previous revision, so a search fails when two commits land while it reads; a writer
// committing every few milliseconds (--batch 1) made one search in 25,000 exhaust its retries.
// Four commits a second leave every search of normal length at least one whole interval.
constexpr auto kMinCommitInterval = std::chrono::milliseconds(250);

// Analysed documents waiting to be written, per analysis thread: enough to keep every thread
// busy while the writer catches up, few enough to bound memory.
constexpr std::size_t kQueuedPerThread = 64;

Xapian::WritableDatabase open_writable(const fs::path& generation, const IndexRunOptions& options) {
    // Our own lock already keeps mss-index writers apart; this covers other Xapian tools.
    constexpr auto kLongestDelay = std::chrono::milliseconds(5000);
    for (auto delay = std::chrono::milliseconds(100);; delay = std::min(delay * 2, kLongestDelay)) {
        try {
            return Xapian::WritableDatabase(generation.string(),
                                            Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        } catch (const Xapian::DatabaseLockError&) {
            if (!options.wait) {
                throw IndexBusyError(generation.string() +
                                     ": another program is writing this index");
            }
            if (options.stop != nullptr && options.stop->load()) {
                throw InterruptedError("stopped while waiting for the Xapian writer lock");
            }
            std::this_thread::sleep_for(delay);
        } catch (const Xapian::Error& e) {
            throw IoError(generation.string() +
                          ": cannot open index for writing: " + e.get_description());
        }
    }
}

}  // namespace

IncrementalWriter::IncrementalWriter(const fs::path& generation, const IndexRunOptions& options,
                                     unsigned threads, const AnalysisData& analysis,
                                     OnWritten on_written)
    : generation_(generation),
      batch_size_(options.batch_size),
      database_(open_writable(generation, options)),
      // Compressed with the dictionary the live generation was built with (stored_text.h).
      builder_(threads, analysis, TextCompressor(database_.get_metadata(schema::kDictionaryKey)),
               kQueuedPerThread * threads),
      on_written_(std::move(on_written)) {}

void IncrementalWriter::set_metadata(const std::string& key, const std::string& value) {
    database_.set_metadata(key, value);
}

void IncrementalWriter::write(DocumentJob job) {
    builder_.submit(std::move(job));
    write_ready(false);
}

void IncrementalWriter::remove(Xapian::docid id) {
    database_.delete_document(id);
    ++uncommitted_;
    commit_if_due();
}

void IncrementalWriter::flush() {
    write_ready(true);
}

void IncrementalWriter::write_ready(bool all) {
    for (auto& built : builder_.take(all)) {
        Xapian::docid id = 0;
        try {
            // A new id needs no lookup of the old document: add_document() skips it.
            id = built.replaces ? database_.replace_document(built.id_term, built.document)
                                : database_.add_document(built.document);
        } catch (const Xapian::Error& e) {
            throw IoError(built.path + ": cannot index: " + e.get_description());
        }
        on_written_(built, id);
        ++uncommitted_;
        commit_if_due();
    }
}

void IncrementalWriter::commit_if_due() {
    if (uncommitted_ >= batch_size_ &&
        std::chrono::steady_clock::now() - last_commit_ >= kMinCommitInterval) {
        commit();
    }
}

void IncrementalWriter::commit() {
    try {
        database_.commit();
    } catch (const Xapian::Error& e) {
        throw IoError(generation_.string() + ": commit failed: " + e.get_description());
    }
    uncommitted_ = 0;
    last_commit_ = std::chrono::steady_clock::now();
}

}  // namespace mss
