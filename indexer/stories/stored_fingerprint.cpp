#include "stories/stored_fingerprint.h"

#include "stable_hash.h"

namespace mss {
namespace {

constexpr std::size_t kStoredBytes = 4 + 8 + 4 + 8 + 3 * kFingerprintHashes;

void put(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        out += static_cast<char>((value >> (8 * i)) & 0xff);
    }
}

std::uint64_t take(std::string_view& in, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) {
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[i])) << (8 * i);
    }
    in.remove_prefix(static_cast<std::size_t>(bytes));
    return value;
}

}  // namespace

std::uint64_t fingerprinted_text_hash(std::string_view title, std::string_view body) {
    // The title's length first, so moving words between headline and body changes the hash.
    return stable_hash(body, stable_hash(title, stable_hash(std::to_string(title.size()))));
}

std::string serialise_fingerprint(const ShingleFingerprint& fingerprint, std::uint64_t text_hash) {
    std::string out;
    out.reserve(kStoredBytes);
    put(out, fingerprint_rules_stamp(), 4);
    put(out, text_hash, 8);
    put(out, fingerprint.shingles, 4);
    put(out, fingerprint.lead, 8);
    for (const std::uint32_t minimum : fingerprint.minima) {
        put(out, minimum, 3);
    }
    return out;
}

std::string stored_fingerprint(std::string_view title, std::string_view body) {
    return serialise_fingerprint(fingerprint_text(title, body),
                                 fingerprinted_text_hash(title, body));
}

namespace {

std::optional<ShingleFingerprint> parse(std::string_view value,
                                        const std::optional<std::uint64_t>& text_hash) {
    if (value.size() != kStoredBytes || take(value, 4) != fingerprint_rules_stamp()) {
        return std::nullopt;
    }
    if (const std::uint64_t stored_hash = take(value, 8); text_hash && stored_hash != *text_hash) {
        return std::nullopt;
    }
    ShingleFingerprint fingerprint;
    fingerprint.shingles = static_cast<std::size_t>(take(value, 4));
    fingerprint.lead = take(value, 8);
    for (std::uint32_t& minimum : fingerprint.minima) {
        minimum = static_cast<std::uint32_t>(take(value, 3));
    }
    return fingerprint;
}

}  // namespace

std::optional<ShingleFingerprint> parse_stored_fingerprint(std::string_view value,
                                                           std::uint64_t text_hash) {
    return parse(value, text_hash);
}

std::optional<ShingleFingerprint> parse_stored_fingerprint_of_any_text(std::string_view value) {
    return parse(value, std::nullopt);
}

}  // namespace mss
