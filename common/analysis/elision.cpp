#include "analysis/elision.h"

#include <array>
#include <string>

namespace mss {
namespace {

// Lucene's French article list (FrenchAnalyzer.DEFAULT_ARTICLES) less "quoiqu'", which needs no
// rule of its own here: the particles French drops the vowel of before a vowel or mute h.
constexpr std::array<std::string_view, 12> kFrenchParticles = {
    "l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu"};
// Haitian Creole's short pronouns and particles (mwen, li, nou, ou, yo, ki, de): usually written
// apart ("m ap", "d Ayiti"), sometimes with an apostrophe.
constexpr std::array<std::string_view, 7> kCreoleParticles = {"m", "l", "n", "w", "y", "k", "d"};

// Bytes of the apostrophe at `at`, or 0.
std::size_t apostrophe_at(std::string_view word, std::size_t at) {
    if (at >= word.size()) {
        return 0;
    }
    if (word[at] == '\'') {
        return 1;
    }
    for (const std::string_view curly : {"\xE2\x80\x99", "\xCA\xBC"}) {  // U+2019, U+02BC
        if (word.substr(at, curly.size()) == curly) {
            return curly.size();
        }
    }
    return 0;
}

bool equals_ascii_lower(std::string_view written, std::string_view lower) {
    if (written.size() != lower.size()) {
        return false;
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
        const char c = written[i] >= 'A' && written[i] <= 'Z'
                           ? static_cast<char>(written[i] - 'A' + 'a')
                           : written[i];
        if (c != lower[i]) {
            return false;
        }
    }
    return true;
}

template <std::size_t N>
std::size_t strip(std::string_view word, const std::array<std::string_view, N>& particles) {
    for (const std::string_view particle : particles) {
        const std::size_t apostrophe = apostrophe_at(word, particle.size());
        if (apostrophe != 0 && equals_ascii_lower(word.substr(0, particle.size()), particle) &&
            particle.size() + apostrophe < word.size()) {
            return particle.size() + apostrophe;
        }
    }
    return 0;
}

}  // namespace

std::size_t elided_prefix_bytes(std::string_view word, Language language) {
    switch (language) {
        case Language::kFrench:
            return strip(word, kFrenchParticles);
        case Language::kHaitianCreole:
            return strip(word, kCreoleParticles);
        case Language::kEnglish:
            break;
    }
    return 0;
}

}  // namespace mss
