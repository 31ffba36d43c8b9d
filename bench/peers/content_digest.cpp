#include "content_digest.h"

#include <string>

namespace mss_bench {
namespace {

constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t mix(std::uint64_t hash, const std::string& text) {
    for (const unsigned char byte : text) {
        hash = (hash ^ byte) * kFnvPrime;
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    return (hash ^ 0xffU) * kFnvPrime;
}

}  // namespace

std::uint64_t content_digest(const Article& article) {
    std::uint64_t hash = kFnvOffsetBasis;
    hash = mix(hash, article.title);
    hash = mix(hash, article.body);
    return mix(hash, article.date);
}

}  // namespace mss_bench
