// A stable fingerprint of an article's content, so a re-run over unchanged input can skip it.
#pragma once

#include <cstdint>

#include "article_reader.h"

namespace mss_bench {

// 64-bit FNV-1a over title, body and date; the same article gives the same digest in every run
// and on every machine (unlike std::hash).
std::uint64_t content_digest(const Article& article);

}  // namespace mss_bench
