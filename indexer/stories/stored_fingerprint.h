// An article's fingerprint (shingle_fingerprint.h) as the index stores it, in the value slot
// schema::kFingerprintSlot, so a later run fingerprints only the articles that are new or changed
// and compares them with the stored fingerprints of the rest.
//
// The value is little-endian binary: the rules stamp (4 bytes), a hash of the text fingerprinted
// (8), the shingle count (4), the lead key (8), then the minima (24-bit hashes) Rice-coded with a
// parameter set by the shingle count, least significant bit first (none without shingles). The
// minimum of n hashes is about 2^24 / n, so a minimum takes about 25.4 - log2(n) bits instead of
// 24: on Reuters-21578 about 370 bytes an article instead of 456 (1.9 MB less in all,
// docs/SCHEMA.md). Lossless: the fingerprint read back is the one written.
//
// Pure functions of their arguments: safe from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "stories/shingle_fingerprint.h"

namespace mss {

// The hash of the text fingerprint_text() reads, to tell whether a stored fingerprint is still
// the article's.
std::uint64_t fingerprinted_text_hash(std::string_view title, std::string_view body);

// fingerprint_text(title, body) with its text hash, ready for the value slot.
std::string stored_fingerprint(std::string_view title, std::string_view body);
std::string serialise_fingerprint(const ShingleFingerprint& fingerprint, std::uint64_t text_hash);

// The fingerprint stored in `value` when it was made under the present rules from a text with
// hash `text_hash`; nothing when it is absent, malformed, of other rules or of another text.
std::optional<ShingleFingerprint> parse_stored_fingerprint(std::string_view value,
                                                           std::uint64_t text_hash);
// The same for a stored article whose text is not at hand: the fingerprint written with it.
std::optional<ShingleFingerprint> parse_stored_fingerprint_of_any_text(std::string_view value);

}  // namespace mss
