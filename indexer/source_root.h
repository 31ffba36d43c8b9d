// A PATH given to an indexing run, as the index records it: the term that tags the articles
// read from it, so a later run can tell which articles a source no longer holds.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <mss/article.h>

#include "unread_files.h"

namespace mss {

struct SourceRoot {
    std::string given;   // as the caller spelled it: article paths are recorded under this
    std::string path;    // absolute, normalised: the same root however it was spelled
    std::string term;    // schema::kSourceRootPrefix + hash of `path`
    UnreadFiles unread;  // after kFileSkipped warnings: their articles are kept
    // A root the index was built from whose path is gone: not read, all its articles are kept.
    bool gone = false;
};

SourceRoot make_root(const std::string& given);

// What is hashed decides what counts as a change: everything stored for the article, and the root
// it came from (its source term).
std::string content_hash(const Article& article, const SourceRoot& root);

// The bytes the roots hold on disk (files and folders), for progress.
std::uintmax_t source_bytes(const std::vector<SourceRoot>& roots);

}  // namespace mss
