#include "entities/elided_name.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/word_form.h"

namespace mss {
namespace {

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The elided words of French, lower case, without the apostrophe; `prefix` in any case.
bool is_elided_particle(std::string_view prefix) {
    static constexpr std::string_view kParticles[] = {"l", "d", "j",  "m",     "n",      "s",
                                                      "t", "c", "qu", "jusqu", "lorsqu", "puisqu"};
    for (const std::string_view particle : kParticles) {
        if (particle.size() == prefix.size() &&
            std::equal(particle.begin(), particle.end(), prefix.begin(),
                       [](char a, char b) { return a == lower(b); })) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string_view after_elision(std::string_view word) {
    // The longest particle is "puisqu"/"lorsqu" (6 letters); look no further for an apostrophe.
    std::size_t letters = 0;
    while (letters < word.size() && letters <= 6 && is_ascii_letter(word[letters])) {
        ++letters;
    }
    if (letters == 0 || letters > 6 || letters == word.size()) {
        return word;
    }
    // The apostrophe first: most words have none, and are done with here.
    constexpr std::string_view kCurly = "\u2019";
    std::size_t after = letters;
    if (word[after] == '\'') {
        after += 1;
    } else if (word.substr(after, kCurly.size()) == kCurly) {
        after += kCurly.size();
    } else {
        return word;
    }
    if (after >= word.size() || !is_elided_particle(word.substr(0, letters))) {
        return word;
    }
    UChar32 next;
    int32_t at = static_cast<int32_t>(after);
    U8_NEXT(word.data(), at, static_cast<int32_t>(word.size()), next);
    return next >= 0 && u_isalpha(next) ? word.substr(after) : word;
}

std::string name_word(std::string_view word) {
    return normalise_word(after_elision(word));
}

}  // namespace mss
