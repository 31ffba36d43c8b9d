#include "entities/french_person_cues.h"

#include "entities/letter_case.h"

namespace mss {
namespace {

std::string_view token_text(std::string_view text, const Token& token) {
    return text.substr(token.begin, token.end - token.begin);
}

// Past participles of the verbs that report speech, folded, as in "X a déclaré".
bool is_speech_participle(const std::string& word) {
    static const char* const kParticiples[] = {"declare", "affirme",  "dit",    "indique",
                                               "annonce", "explique", "ajoute", "souligne",
                                               "precise", "estime",   "assure", "confie"};
    for (const char* participle : kParticiples) {
        if (word == participle) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool is_french_civility(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
    if (tokens[i].end - tokens[i].begin != 1 || text[tokens[i].begin] != 'M' ||
        i + 1 >= tokens.size()) {
        return false;
    }
    const std::string_view after = text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
    // "M. N. Goiporia": initials in a row are a name's, not a civility and an initial.
    if ((after != ". " && after != ".\n") || tokens[i + 1].end - tokens[i + 1].begin < 2) {
        return false;
    }
    if (i == 0) {
        return true;
    }
    const std::string_view before =
        text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
    return (before != " " && before != "\n") ||
           word_case(token_text(text, tokens[i - 1])) == WordCase::kLower;
}

bool french_article_before_title(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t title, const PersonCues& cues) {
    std::size_t k = title;
    while (cues.is_title(tokens[k].word) &&
           word_case(token_text(text, tokens[k])) == WordCase::kLower) {
        if (k == 0) {
            return false;
        }
        const std::string_view gap =
            text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
        if (gap != " " && gap != "\n") {
            return false;
        }
        --k;
    }
    return k < title && (tokens[k].word == "le" || tokens[k].word == "la");
}

std::string french_speech_at(const std::vector<Token>& tokens, std::size_t i) {
    if (i + 1 < tokens.size() && tokens[i].word == "a" &&
        is_speech_participle(tokens[i + 1].word)) {
        return "a " + tokens[i + 1].word;
    }
    return {};
}

bool is_french_attribution(const std::string& folded_word) {
    return folded_word == "selon";
}

}  // namespace mss
