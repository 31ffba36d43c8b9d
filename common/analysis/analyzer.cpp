#include "analysis/analyzer.h"

#include "analysis/hyphenated_compound.h"
#include "analysis/ordinal.h"
#include "analysis/word_form.h"

namespace mss {

Analyzer::Analyzer(StopwordList stopwords) : stopwords_(std::move(stopwords)) {}

Token Analyzer::analyze_word(std::string_view word) {
    Token token = fold_token(word);
    stem_token(token);
    return token;
}

Token Analyzer::fold_token(std::string_view word) const {
    Token token{normalise_word(word), {}, 0, word.size(), false, {}, {}};
    token.stopword = stopwords_.contains(token.word);
    return token;
}

void Analyzer::stem_token(Token& token) {
    if (auto number = ordinal_number(token.word)) {
        token.stem = std::move(*number);
    } else {
        token.stem = stemmer_.stem(token.word);
    }
}

std::vector<Token> Analyzer::analyze(std::string_view text) {
    return analyze_stemming(text, nullptr);
}

std::vector<Token> Analyzer::analyze_for_stems(std::string_view text,
                                               const std::set<std::string>& wanted_stems) {
    Initials initials{};
    for (const std::string& stem : wanted_stems) {
        if (!stem.empty()) {
            initials[static_cast<unsigned char>(stem.front())] = true;
        }
    }
    // Snowball drops a leading apostrophe ("'tis" -> "tis"): such words are always stemmed.
    initials[static_cast<unsigned char>('\'')] = true;
    return analyze_stemming(text, &initials);
}

std::vector<Token> Analyzer::analyze_stemming(std::string_view text, const Initials* initials) {
    const auto stem_wanted = [initials](const std::string& word) {
        return initials == nullptr || (*initials)[static_cast<unsigned char>(word.front())];
    };
    const std::vector<WordSpan> spans = tokenizer_.split(text);
    std::vector<Token> tokens;
    tokens.reserve(spans.size());
    // Token index of each span; spans that fold to nothing have none.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> token_of_span(spans.size(), kNone);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const WordSpan& span = spans[i];
        Token token = fold_token(text.substr(span.begin, span.end - span.begin));
        if (token.word.empty()) {
            continue;
        }
        if (stem_wanted(token.word)) {
            stem_token(token);
        } else {
            token.stem = token.word;
        }
        token.begin = span.begin;
        token.end = span.end;
        token_of_span[i] = tokens.size();
        tokens.push_back(std::move(token));
    }
    for (const CompoundRun& run : find_hyphenated_compounds(text, spans)) {
        std::string compound;
        for (std::size_t i = run.first; i <= run.last; ++i) {
            if (token_of_span[i] != kNone) {
                compound += tokens[token_of_span[i]].word;
            }
        }
        if (token_of_span[run.first] != kNone) {
            Token& head = tokens[token_of_span[run.first]];
            head.compound_stem = stem_wanted(compound) ? stemmer_.stem(compound) : compound;
            head.compound = std::move(compound);
        }
    }
    return tokens;
}

}  // namespace mss
