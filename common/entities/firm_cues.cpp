#include "entities/firm_cues.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "entities/letter_case.h"
#include "entities/name_words.h"

namespace mss {
namespace {

// Whether `word` is one of `list`.
bool in_list(const std::string& word, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// "A group led by New York investor George Soros said it acquired": the name closes a noun
// phrase ("by ...") or follows a lower-case description ("investor", "money manager"), so the
// "it" that follows is the group's, not the name's.
bool named_inside_phrase(std::string_view text, const std::vector<Token>& tokens,
                         std::size_t first) {
    constexpr std::size_t kLookBack = 10;
    if (first > 0) {
        const Token& before = tokens[first - 1];
        const std::string_view word = text.substr(before.begin, before.end - before.begin);
        if (!before.stopword && is_word_gap(gap_between(text, before, tokens[first])) &&
            !(word[0] >= '0' && word[0] <= '9') && word_case(word) == WordCase::kLower) {
            return true;
        }
    }
    for (std::size_t k = first; k > 0 && first - k < kLookBack; --k) {
        if (gap_between(text, tokens[k - 1], tokens[k]).find_first_of(".;!?") !=
            std::string_view::npos) {
            break;  // the sentence starts here
        }
        if (tokens[k - 1].word == "by") {
            return true;
        }
    }
    return false;
}

}  // namespace

// What firms do and people do not, right after their name: "Morgan Stanley said it would buy",
// "Goldman Sachs said its board", "Wyse Technology shares". People speak of "it" too ("Lyng said it
// would be", "said it was important", "said it believes"), so only a firm's own acts count: the
// verbs and nouns below are those that follow a firm's name and never a person's in Reuters-21578
// (docs/QUALITY.md, "Firms named like people").
bool used_as_firm(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                  std::size_t last) {
    if (named_inside_phrase(text, tokens, first)) {
        return false;
    }
    const auto word_after = [&](std::size_t k) -> const std::string* {
        if (k + 1 >= tokens.size() || !is_word_gap(gap_between(text, tokens[k], tokens[k + 1]))) {
            return nullptr;
        }
        return &tokens[k + 1].word;
    };
    const std::string* next = word_after(last);
    if (next == nullptr) {
        return false;
    }
    if (in_list(*next, {"shares", "stock", "shareholders", "stockholders"})) {
        return true;
    }
    if (*next != "said" && *next != "says") {
        return false;
    }
    const std::string* subject = word_after(last + 1);
    const std::string* verb = word_after(last + 2);
    if (subject == nullptr || verb == nullptr) {
        return false;
    }
    if (*subject == "its") {
        return in_list(*verb,
                       {"board", "shareholders", "stockholders", "directors", "net", "profit",
                        "earnings", "unit", "subsidiary", "shares", "stock", "revenues", "sales"});
    }
    if (*subject != "it") {
        return false;
    }
    static const std::initializer_list<std::string_view> kActs = {
        "bought",  "acquired", "agreed",  "sold",     "completed", "filed",    "raised",
        "lowered", "declared", "reached", "expects",  "plans",     "formed",   "purchased",
        "redeem",  "redeemed", "buy",     "acquire",  "sell",      "purchase", "close",
        "offer",   "offering", "issuing", "launched", "launching", "expanded", "earned",
        "posted",  "reported", "omitted", "commence", "distribute"};
    if (in_list(*verb, kActs)) {
        return true;
    }
    // "said it has acquired", "said it will redeem"; not "said it would be".
    const std::string* after = word_after(last + 3);
    return in_list(*verb, {"has", "had", "will", "would", "is"}) && after != nullptr &&
           in_list(*after, kActs);
}

}  // namespace mss
