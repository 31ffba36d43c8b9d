// Where an indexing run sends the articles it decided to write, and the deletions it decided on.
// The run (index_run.h) chooses one of two writers and then only talks to this interface:
//  - IncrementalWriter (incremental_writer.h): updates the live generation in place; articles
//    are analysed on a thread pool and written in the order they were given, with commits paced
//    so that every commit is a consistent state searches may open.
//  - FullBuildWriter (full_build_writer.h): builds a new generation, unseen until published, in
//    parallel parts merged into one compacted database by its single commit.
//
// Thread-safety: one thread (the run's); a writer's own threads are internal to it.
#pragma once

#include <xapian.h>

#include "parallel_document_builder.h"

namespace mss {

class ArticleWriter {
  public:
    virtual ~ArticleWriter() = default;
    ArticleWriter() = default;
    ArticleWriter(const ArticleWriter&) = delete;
    ArticleWriter& operator=(const ArticleWriter&) = delete;

    // Queues one article to be analysed and written (added, or replacing the document with its
    // id when `job.replaces`). May block while earlier articles are analysed; may commit.
    // Throws mss::IoError when Xapian cannot write; rethrows an analysis failure.
    virtual void write(DocumentJob job) = 0;

    // Deletes one document of the database being updated. Only an incremental writer holds
    // documents that are not this run's: a full build never deletes (std::logic_error).
    virtual void remove(Xapian::docid id) = 0;

    // Writes everything queued so far (after a stop too: what was analysed is kept).
    virtual void flush() = 0;

    // Makes what was written durable and visible to a reader of the target folder: a commit of
    // the live generation, or the merge of a full build into its generation (once).
    // Throws mss::IoError naming the target when Xapian cannot commit.
    virtual void commit() = 0;
};

}  // namespace mss
