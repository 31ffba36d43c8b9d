#include "stories/shingle_fingerprint.h"

#include <algorithm>
#include <limits>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "stable_hash.h"

namespace mss {
namespace {

// splitmix64's finaliser: a cheap mix with good avalanche, so one shingle hash gives
// kFingerprintHashes independent-looking hashes by mixing it with a different seed each time.
std::uint64_t mix(std::uint64_t x) noexcept {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

void append_words(std::string_view text, std::vector<std::uint64_t>& words) {
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (is_word_byte(c)) {
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (!word.empty()) {
            words.push_back(stable_hash(word));
            word.clear();
        }
    }
}

}  // namespace

ShingleFingerprint fingerprint_text(std::string_view title, std::string_view body) {
    std::vector<std::uint64_t> words;
    append_words(body, words);
    if (words.size() < kMinBodyWords) {
        std::vector<std::uint64_t> with_title;
        append_words(title, with_title);
        with_title.insert(with_title.end(), words.begin(), words.end());
        words = std::move(with_title);
    }
    ShingleFingerprint fingerprint;
    if (words.empty()) {
        return fingerprint;
    }
    if (words.size() >= kLeadWords) {
        std::uint64_t lead = mix(kLeadWords);
        for (std::size_t k = 0; k < kLeadWords; ++k) {
            lead = mix(lead ^ words[k]);
        }
        fingerprint.lead = lead == 0 ? 1 : lead;  // 0 means none
    }
    std::unordered_set<std::uint64_t> shingles;
    const std::size_t width = std::min(kShingleWords, words.size());
    for (std::size_t start = 0; start + width <= words.size(); ++start) {
        std::uint64_t shingle = 0;
        for (std::size_t k = 0; k < width; ++k) {
            shingle = mix(shingle ^ words[start + k]);
        }
        shingles.insert(shingle);
    }
    fingerprint.shingles = shingles.size();
    fingerprint.minima.fill(std::numeric_limits<std::uint32_t>::max());
    for (const std::uint64_t shingle : shingles) {
        for (std::size_t i = 0; i < kFingerprintHashes; ++i) {
            // 24 bits: what the index stores (stored_fingerprint.h). Two minima of different
            // shingles are equal by chance with probability about n / 2^25 for n shingles.
            const auto value =
                static_cast<std::uint32_t>(mix(shingle + i * 0x632be59bd9b4e019ull) >> 40);
            fingerprint.minima[i] = std::min(fingerprint.minima[i], value);
        }
    }
    return fingerprint;
}

double estimated_similarity(const ShingleFingerprint& a, const ShingleFingerprint& b) {
    if (a.shingles == 0 || b.shingles == 0) {
        return 0.0;
    }
    std::size_t equal = 0;
    for (std::size_t i = 0; i < kFingerprintHashes; ++i) {
        equal += a.minima[i] == b.minima[i];
    }
    return static_cast<double>(equal) / kFingerprintHashes;
}

bool are_copies(const ShingleFingerprint& a, const ShingleFingerprint& b) {
    if (a.shingles == 0 || b.shingles == 0) {
        return false;
    }
    if (estimated_similarity(a, b) >= kCopySimilarity) {
        return true;
    }
    const bool a_smaller = std::tie(a.shingles, a.minima) <= std::tie(b.shingles, b.minima);
    const ShingleFingerprint& smaller = a_smaller ? a : b;
    const ShingleFingerprint& larger = a_smaller ? b : a;
    if (smaller.shingles < kMinContainedShingles) {
        return false;
    }
    std::size_t equal = 0;
    std::size_t samples = 0;  // minima of the union that lie in the smaller set
    for (std::size_t i = 0; i < kFingerprintHashes; ++i) {
        equal += smaller.minima[i] == larger.minima[i];
        samples += smaller.minima[i] <= larger.minima[i];
    }
    return samples >= kMinContainmentSamples &&
           static_cast<double>(equal) >= kCopyContainment * static_cast<double>(samples);
}

std::array<std::uint64_t, kCandidateKeys> candidate_keys(const ShingleFingerprint& fingerprint) {
    std::array<std::uint64_t, kCandidateKeys> keys{};
    for (std::size_t band = 0; band < kFingerprintBands; ++band) {
        std::uint64_t key = mix(band);
        for (std::size_t row = 0; row < kFingerprintRows; ++row) {
            key = mix(key ^ fingerprint.minima[band * kFingerprintRows + row]);
        }
        keys[band] = key;
    }
    keys[kFingerprintBands] = fingerprint.lead;
    return keys;
}

std::uint32_t fingerprint_rules_stamp() {
    static const std::uint32_t stamp = [] {
        // Bump the first number when a rule changes that no constant here shows (the word or
        // shingle definition, the hashes, how a fingerprint is stored: stored_fingerprint.h).
        const std::string rules =
            "stories 4 " + std::to_string(kShingleWords) + ' ' + std::to_string(kMinBodyWords) +
            ' ' + std::to_string(kFingerprintBands) + ' ' + std::to_string(kFingerprintRows) + ' ' +
            std::to_string(kCopySimilarity) + ' ' + std::to_string(kCopyContainment) + ' ' +
            std::to_string(kMinContainedShingles) + ' ' + std::to_string(kMinContainmentSamples) +
            ' ' + std::to_string(kLeadWords);
        return static_cast<std::uint32_t>(stable_hash(rules));
    }();
    return stamp;
}

}  // namespace mss
