#include "entities/name_words.h"

namespace mss {

bool is_name_particle(const std::string& word) {
    static const char* const kParticles[] = {"de", "da",  "del", "della", "der", "van", "von",
                                             "al", "bin", "le",  "la",    "du",  "dos", "di"};
    for (const char* particle : kParticles) {
        if (word == particle) {
            return true;
        }
    }
    return false;
}

std::string singular_surname(const std::string& word) {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') {
        return word.substr(0, word.size() - 1);
    }
    return {};
}

bool is_speech_verb(const std::string& word) {
    return word == "said" || word == "says" || word == "told" || word == "added";
}

std::string_view gap_between(std::string_view text, const Token& left, const Token& right) {
    return text.substr(left.end, right.begin - left.end);
}

bool is_word_gap(std::string_view gap) {
    return gap == " " || gap == "\n";
}

bool is_abbreviation_gap(std::string_view gap) {
    return gap == ". " || gap == ".\n";
}

std::string display_name(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                         std::size_t last) {
    std::string name;
    for (std::size_t k = first; k <= last; ++k) {
        if (k > first) {
            const std::string_view gap = gap_between(text, tokens[k - 1], tokens[k]);
            const bool blank = gap.find_first_not_of(" \t\r\n") == std::string_view::npos;
            name += blank ? std::string(" ") : std::string(gap);
        }
        std::string_view word = text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
        if (k == last) {
            for (const std::string_view possessive : {"\u2019s", "'s", "\u2019", "'"}) {
                if (word.size() > possessive.size() &&
                    word.substr(word.size() - possessive.size()) == possessive) {
                    word.remove_suffix(possessive.size());
                    break;
                }
            }
        }
        name += word;
    }
    return name;
}

}  // namespace mss
