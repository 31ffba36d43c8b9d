// A job for the writers' and the parallel rebuild's tests: article "a<i>", titled "Article <i>",
// with content hash "hash<i>", from the source root term XSroot.
#pragma once

#include <string>

#include "parallel_document_builder.h"

inline mss::DocumentJob numbered_job(int i, std::string body, bool replaces = false) {
    mss::Article article;
    article.id = "a" + std::to_string(i);
    article.title = "Article " + std::to_string(i);
    article.body = std::move(body);
    return {article, "hash" + std::to_string(i), "XSroot", replaces};
}
