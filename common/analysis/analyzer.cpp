#include "analysis/analyzer.h"

#include "analysis/fold.h"

namespace mss {

Analyzer::Analyzer(StopwordList stopwords) : stopwords_(std::move(stopwords)) {}

Token Analyzer::analyze_word(std::string_view word) {
    Token token{fold_word(word), {}, 0, word.size(), false};
    token.stopword = stopwords_.contains(token.word);
    token.stem = stemmer_.stem(token.word);
    return token;
}

std::vector<Token> Analyzer::analyze(std::string_view text) {
    std::vector<Token> tokens;
    for (const WordSpan& span : tokenizer_.split(text)) {
        Token token = analyze_word(text.substr(span.begin, span.end - span.begin));
        if (token.word.empty()) {
            continue;
        }
        token.begin = span.begin;
        token.end = span.end;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace mss
