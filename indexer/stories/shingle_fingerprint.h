// A compact fingerprint of an article's text for finding near-copies (syndicated and re-published
// versions of one story): MinHash over its word shingles. docs/SCHEMA.md ("Stories") says why
// MinHash and why these sizes.
//
// Words are runs of letters and digits, ASCII lower-cased; every byte of a multi-byte UTF-8
// character counts as a letter, so names in any script are words. Numbers are words too, so
// templated reports ("X Corp 1st qtr net", other figures) do not look alike. The shingles are the
// runs of kShingleWords consecutive words of the body; a body of fewer than kMinBodyWords words
// is fingerprinted with its headline in front, so one-line items still have a fingerprint; the
// headline is otherwise left out, so a retitled copy is still a copy.
//
// Pure functions of their arguments: safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mss {

inline constexpr std::size_t kShingleWords = 3;
inline constexpr std::size_t kMinBodyWords = 12;
// Bands of rows of the signature: two articles are compared when all the rows of one band agree.
// With 48 bands of 3 rows, a pair whose shingle sets have Jaccard similarity 0.6 is compared with
// probability 1 - (1 - 0.6^3)^48 = 0.99999, one at 0.3 with probability 0.73, at 0.2 0.32.
// 144 minima estimate the similarity within 0.04 (one standard error at 0.4), so templated items
// (true similarity about 0.4) are not taken for copies: with 72, some in a thousand were.
inline constexpr std::size_t kFingerprintBands = 48;
inline constexpr std::size_t kFingerprintRows = 3;
inline constexpr std::size_t kFingerprintHashes = kFingerprintBands * kFingerprintRows;
// Articles whose shingle sets have at least this Jaccard similarity (estimated from the
// signatures) are copies of one story;
inline constexpr double kCopySimilarity = 0.6;
// so are a cut copy and its original (a copy that keeps the first part of the story, or any part
// of it): at least this share of the smaller set's shingles are in the larger one, when the
// smaller has kMinContainedShingles or more (a few words are contained in many articles).
inline constexpr double kCopyContainment = 0.8;
inline constexpr std::size_t kMinContainedShingles = 20;
// The share is estimated from the minima where the smaller set holds the minimum of the union
// (are_copies()); it is decided only from this many of them, so its standard error at the
// threshold is at most sqrt(0.8 * 0.2 / 16) = 0.1. A copy that keeps less than about a ninth of
// its original is therefore not recognised.
inline constexpr std::size_t kMinContainmentSamples = 16;
// A cut copy shares too few shingles with a long original for the bands to meet (at Jaccard 0.2
// a pair is compared with probability 0.32), but it keeps the original's first words: articles
// whose first kLeadWords words are the same are compared too.
inline constexpr std::size_t kLeadWords = 12;

struct ShingleFingerprint {
    std::array<std::uint32_t, kFingerprintHashes> minima{};  // of 24-bit hashes
    std::size_t shingles = 0;  // distinct shingles; 0: no words, the article matches nothing
    std::uint64_t lead = 0;    // hash of the first kLeadWords words; 0: fewer words than that
};

ShingleFingerprint fingerprint_text(std::string_view title, std::string_view body);

// The share of equal minima: an unbiased estimate of the Jaccard similarity of the two shingle
// sets. 0 when either has no shingles.
double estimated_similarity(const ShingleFingerprint& a, const ShingleFingerprint& b);

// Whether two fingerprints are of copies, by the two rules above. The share of the smaller set
// S in the larger L is estimated as the share of equal minima among those where S holds the
// minimum of the union (equal, or smaller than L's): each such minimum is a shingle drawn
// uniformly from S, and it is in L exactly when the two minima are equal. When S is all in L the
// estimate is exact; it does not depend on how much longer L is.
bool are_copies(const ShingleFingerprint& a, const ShingleFingerprint& b);

// The keys under which two articles are compared: one per band (the band number is mixed in, so
// keys of different bands never meet), then the lead (0 when the article has none).
inline constexpr std::size_t kCandidateKeys = kFingerprintBands + 1;
std::array<std::uint64_t, kCandidateKeys> candidate_keys(const ShingleFingerprint& fingerprint);

// A stamp of every rule above (shingles, minima, bands, lead, thresholds): stories and
// fingerprints stored under another stamp were decided by other rules and are not reused.
std::uint32_t fingerprint_rules_stamp();

}  // namespace mss
