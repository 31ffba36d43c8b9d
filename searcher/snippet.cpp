#include "snippet.h"

#include <vector>

namespace mss {
namespace {

constexpr std::string_view kEllipsis = "…";

bool is_match(const Token& token, const MatchTerms& terms) {
    if (terms.words.count(token.word) != 0 ||
        (!token.stopword && terms.stems.count(token.stem) != 0)) {
        return true;
    }
    for (const std::string& prefix : terms.prefixes) {
        if (token.word.compare(0, prefix.size(), prefix) == 0) {
            return true;
        }
    }
    return false;
}

// Characters, not bytes, so the length a reader sees is what --snippet-chars means.
std::size_t count_chars(std::string_view text) {
    std::size_t chars = 0;
    for (unsigned char c : text) {
        chars += (c & 0xC0) != 0x80;
    }
    return chars;
}

struct Window {
    std::size_t first = 0;  // token indexes, inclusive
    std::size_t last = 0;
    std::size_t matches = 0;
};

// Two pointers over the tokens: the widest run of whole words fitting `max_chars` that holds the
// most matching tokens, ties going to the earliest.
Window densest_window(std::string_view body, const std::vector<Token>& tokens,
                      const std::vector<bool>& matched, std::size_t max_chars) {
    Window best;
    std::size_t matches = 0;
    std::size_t first = 0;
    for (std::size_t last = 0; last < tokens.size(); ++last) {
        matches += matched[last];
        while (first < last &&
               count_chars(body.substr(tokens[first].begin,
                                       tokens[last].end - tokens[first].begin)) > max_chars) {
            matches -= matched[first];
            ++first;
        }
        if (matches > best.matches) {
            best = {first, last, matches};
        }
    }
    return best;
}

// Widens the window with the words around it until it fills `max_chars`, context on both sides.
void widen(std::string_view body, const std::vector<Token>& tokens, Window& window,
           std::size_t max_chars) {
    auto fits = [&](std::size_t first, std::size_t last) {
        return count_chars(body.substr(tokens[first].begin,
                                       tokens[last].end - tokens[first].begin)) <= max_chars;
    };
    bool grew = true;
    while (grew) {
        grew = false;
        if (window.first > 0 && fits(window.first - 1, window.last)) {
            --window.first;
            grew = true;
        }
        if (window.last + 1 < tokens.size() && fits(window.first, window.last + 1)) {
            ++window.last;
            grew = true;
        }
    }
}

}  // namespace

Snippet make_snippet(std::string_view body, const MatchTerms& terms, Analyzer& analyzer,
                     std::size_t max_chars) {
    Snippet snippet;
    const std::vector<Token> tokens = analyzer.analyze(body);
    if (tokens.empty()) {
        return snippet;
    }
    std::vector<bool> matched(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        matched[i] = is_match(tokens[i], terms);
    }
    Window window = densest_window(body, tokens, matched, max_chars);
    widen(body, tokens, window, max_chars);

    // Start at the window's first word, and end after its last word's trailing punctuation
    // (a full stop or closing quote belongs to the sentence we show).
    const std::size_t begin = window.first == 0 ? 0 : tokens[window.first].begin;
    std::size_t end = tokens[window.last].end;
    const std::size_t next_word =
        window.last + 1 < tokens.size() ? tokens[window.last + 1].begin : body.size();
    while (end < next_word && body[end] != ' ' && body[end] != '\n' && body[end] != '\t') {
        ++end;
    }
    if (window.first > 0) {
        snippet.text += kEllipsis;
    }
    // Line breaks and runs of spaces are layout, not content: the snippet reads as one line.
    // Highlight spans are recorded while copying, so they stay right as whitespace collapses.
    std::size_t token = window.first;
    std::size_t highlight_begin = 0;
    bool last_was_space = false;
    for (std::size_t i = begin; i < end; ++i) {
        while (token <= window.last && tokens[token].end <= i) {
            ++token;
        }
        const bool in_match = token <= window.last && matched[token];
        if (in_match && i == tokens[token].begin) {
            highlight_begin = snippet.text.size();
        }
        const char c = body[i];
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!space || !last_was_space) {
            snippet.text += space ? ' ' : c;
        }
        last_was_space = space;
        if (in_match && i + 1 == tokens[token].end) {
            snippet.highlights.emplace_back(highlight_begin, snippet.text.size());
        }
    }
    if (window.last + 1 < tokens.size()) {
        snippet.text += kEllipsis;
    }
    return snippet;
}

}  // namespace mss
