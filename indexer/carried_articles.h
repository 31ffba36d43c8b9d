// What a rebuild keeps from the live index without having read it again. A rebuild holds only what
// it reads, and some articles cannot be read again although they were never retired:
//  - feed items, which belong to no source root: a feed is a window, not an archive, so an item
//    that has left tonight's copy of its feed (or a feed that came back empty, broken or cut) is
//    no deletion;
//  - articles added by a program (IndexWriter) without a source root;
//  - the articles of files the rebuild could not read in full (UnreadFiles);
//  - the articles of a source root the index was built from whose path is gone (a moved, renamed
//    or unmounted folder is more likely than an archive retired without a word).
// These are analysed again from the text the index stores, so the rebuilt index holds them as if
// they had been read, with their stored content hash and story.
//
// Thread-safety: one thread.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include "parallel_document_builder.h"
#include "stored_text.h"
#include "unread_files.h"

namespace mss {

struct RebuiltRoot {
    std::string term;           // schema::kSourceRootPrefix + hash of the root
    const UnreadFiles* unread;  // its files the rebuild could not read in full; never null
    bool gone;                  // its path is gone: all of its articles are kept
};

// The id term of a stored article (schema::id_term), read from its terms, not its text.
std::string id_term_of(const Xapian::Document& document);

// Calls `carry` with a job for every article of `live` the rebuild must keep: one of no source
// root, one of a gone root of `roots`, or one of `roots` stored from one of its unread files,
// unless `was_read(id_term)` (the rebuild read it, and that version wins). The job's
// `source_term` is the article's root term ("" when it has none). `text` holds the dictionaries
// of every database `live` combines.
void carry_unread_articles(const Xapian::Database& live, const StoredTextReader& text,
                           const std::vector<RebuiltRoot>& roots,
                           const std::function<bool(const std::string&)>& was_read,
                           const std::function<void(DocumentJob&&)>& carry);

}  // namespace mss
