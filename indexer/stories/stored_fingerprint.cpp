#include "stories/stored_fingerprint.h"

#include <algorithm>

#include "stable_hash.h"

namespace mss {
namespace {

constexpr std::size_t kHeaderBytes = 4 + 8 + 4 + 8;
constexpr unsigned kHashBits = 24;  // of each minimum (shingle_fingerprint.cpp)

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

// The Rice parameter for the minima of `shingles` hashes. The minimum of n uniform 24-bit hashes
// is close to geometric with mean 2^24 / (n + 1), and a Rice code whose divisor 2^k is near
// mean x ln 2 is within a few percent of that distribution's entropy, log2(e x mean) bits: the
// longer the article, the smaller its minima and the fewer bits they take.
unsigned rice_parameter(std::size_t shingles) {
    const std::uint64_t mean = (std::uint64_t{1} << kHashBits) / (shingles + 1);
    const std::uint64_t divisor = mean * 69 / 100;
    unsigned k = 0;
    while (k + 1 < kHashBits && (divisor >> (k + 1)) != 0) {
        ++k;
    }
    return k;
}

// Bits appended least significant first, into whole bytes.
class BitWriter {
  public:
    explicit BitWriter(std::string& out) : out_(out) {}
    void put_bit(bool bit) {
        if (used_ == 0) {
            out_ += '\0';
        }
        if (bit) {
            out_.back() =
                static_cast<char>(static_cast<unsigned char>(out_.back()) | (1u << used_));
        }
        used_ = (used_ + 1) % 8;
    }

  private:
    std::string& out_;
    unsigned used_ = 0;
};

class BitReader {
  public:
    explicit BitReader(std::string_view in) : in_(in) {}

    std::size_t bits_left() const { return 8 * in_.size() - at_; }
    // The next bits, least significant first: at least 56 of them valid, zeros past the end.
    std::uint64_t window() const {
        std::uint64_t bits = 0;
        for (std::size_t i = 0, byte = at_ / 8; i < 8 && byte + i < in_.size(); ++i) {
            bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[byte + i]))
                    << (8 * i);
        }
        return bits >> (at_ % 8);
    }
    void skip(std::size_t bits) { at_ += bits; }
    // Whether every byte was read (the last one perhaps in part).
    bool at_end() const { return (at_ + 7) / 8 == in_.size(); }

  private:
    std::string_view in_;
    std::size_t at_ = 0;
};

void put_rice(BitWriter& bits, std::uint32_t value, unsigned k) {
    for (std::uint32_t quotient = value >> k; quotient != 0; --quotient) {
        bits.put_bit(true);
    }
    bits.put_bit(false);
    for (unsigned i = 0; i < k; ++i) {
        bits.put_bit((value >> i) & 1u);
    }
}

// False for bits that are not the Rice code of a 24-bit number. The quotient's run of ones is
// counted a window at a time: a run stored fingerprints are read by (every article of a run's
// sources) must not cost a loop per bit.
bool take_rice(BitReader& bits, unsigned k, std::uint32_t& value) {
    const std::size_t max_quotient = ((std::size_t{1} << kHashBits) - 1) >> k;
    std::size_t quotient = 0;
    while (true) {
        const std::size_t valid = std::min<std::size_t>(56, bits.bits_left());
        if (valid == 0 || quotient > max_quotient) {
            return false;
        }
        const std::uint64_t zeros = ~bits.window();
        const auto ones = static_cast<std::size_t>(zeros == 0 ? 64 : __builtin_ctzll(zeros));
        if (ones < valid) {
            quotient += ones;
            bits.skip(ones + 1);
            break;
        }
        quotient += valid;
        bits.skip(valid);
    }
    if (quotient > max_quotient || bits.bits_left() < k) {
        return false;
    }
    value = static_cast<std::uint32_t>(quotient << k) |
            static_cast<std::uint32_t>(bits.window() & ((std::uint64_t{1} << k) - 1));
    bits.skip(k);
    return true;
}

}  // namespace

std::uint64_t fingerprinted_text_hash(std::string_view title, std::string_view body) {
    // The title's length first, so moving words between headline and body changes the hash.
    return stable_hash(body, stable_hash(title, stable_hash(std::to_string(title.size()))));
}

std::string serialise_fingerprint(const ShingleFingerprint& fingerprint, std::uint64_t text_hash) {
    std::string out;
    out.reserve(kHeaderBytes + 3 * kFingerprintHashes);
    put(out, fingerprint_rules_stamp(), 4);
    put(out, text_hash, 8);
    put(out, fingerprint.shingles, 4);
    put(out, fingerprint.lead, 8);
    if (fingerprint.shingles == 0) {
        return out;  // no minima: the article matches nothing
    }
    BitWriter bits(out);
    const unsigned k = rice_parameter(fingerprint.shingles);
    for (const std::uint32_t minimum : fingerprint.minima) {
        put_rice(bits, minimum, k);
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
    if (value.size() < kHeaderBytes || take(value, 4) != fingerprint_rules_stamp()) {
        return std::nullopt;
    }
    if (const std::uint64_t stored_hash = take(value, 8); text_hash && stored_hash != *text_hash) {
        return std::nullopt;
    }
    ShingleFingerprint fingerprint;
    fingerprint.shingles = static_cast<std::size_t>(take(value, 4));
    fingerprint.lead = take(value, 8);
    if (fingerprint.shingles == 0) {  // the minima as fingerprint_text() leaves them: zeros
        return value.empty() ? std::optional(fingerprint) : std::nullopt;
    }
    BitReader bits(value);
    const unsigned k = rice_parameter(fingerprint.shingles);
    for (std::uint32_t& minimum : fingerprint.minima) {
        if (!take_rice(bits, k, minimum)) {
            return std::nullopt;
        }
    }
    return bits.at_end() ? std::optional(fingerprint) : std::nullopt;
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
