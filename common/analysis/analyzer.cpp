#include "analysis/analyzer.h"

#include "analysis/elision.h"
#include "analysis/hyphenated_compound.h"
#include "analysis/ordinal.h"
#include "analysis/spaced_number.h"
#include "analysis/word_form.h"

namespace mss {

Analyzer::Analyzer(StopwordList english, StopwordList french, StopwordList haitian_creole) {
    pipelines_[static_cast<std::size_t>(Language::kEnglish)] = {
        std::move(english), std::make_unique<Stemmer>("english")};
    pipelines_[static_cast<std::size_t>(Language::kFrench)] = {std::move(french),
                                                               std::make_unique<Stemmer>("french")};
    // Snowball has no Haitian Creole stemmer, and Creole inflects little: its words are searched
    // as they are written.
    pipelines_[static_cast<std::size_t>(Language::kHaitianCreole)] = {std::move(haitian_creole),
                                                                      nullptr};
}

Token Analyzer::analyze_word(std::string_view word, Language language) {
    Token token = fold_token(word, language);
    stem_token(token, language);
    return token;
}

Token Analyzer::fold_token(std::string_view word, Language language) const {
    Token token{normalise_word(word, language), {}, 0, word.size(), false, {}, {}};
    token.stopword = pipeline(language).stopwords.contains(token.word);
    return token;
}

std::string Analyzer::stem(const std::string& word, Language language) {
    Stemmer* stemmer = pipelines_[static_cast<std::size_t>(language)].stemmer.get();
    return stemmer == nullptr ? word : stemmer->stem(word);
}

void Analyzer::stem_token(Token& token, Language language) {
    auto number = language == Language::kFrench ? french_ordinal_number(token.word)
                                                : ordinal_number(token.word);
    if (language == Language::kHaitianCreole) {
        number.reset();
    }
    token.stem = number ? std::move(*number) : stem(token.word, language);
}

std::vector<Token> Analyzer::analyze(std::string_view text, Language language) {
    return analyze_stemming(text, nullptr, language);
}

std::vector<Token> Analyzer::analyze_for_stems(std::string_view text,
                                               const std::set<std::string>& wanted_stems,
                                               Language language) {
    Initials initials{};
    for (const std::string& stem : wanted_stems) {
        if (!stem.empty()) {
            initials[static_cast<unsigned char>(stem.front())] = true;
        }
    }
    // Snowball drops a leading apostrophe ("'tis" -> "tis"): such words are always stemmed.
    initials[static_cast<unsigned char>('\'')] = true;
    return analyze_stemming(text, &initials, language);
}

std::vector<WordSpan> Analyzer::split(std::string_view text, Language language) {
    std::vector<WordSpan> spans = tokenizer_.split(text);
    if (language == Language::kFrench) {
        spans = join_spaced_digit_groups(text, spans);
    }
    if (language != Language::kEnglish) {
        for (WordSpan& span : spans) {
            span.begin +=
                elided_prefix_bytes(text.substr(span.begin, span.end - span.begin), language);
        }
    }
    return spans;
}

std::vector<Token> Analyzer::analyze_stemming(std::string_view text, const Initials* initials,
                                              Language language) {
    const auto stem_wanted = [initials](const std::string& word) {
        return initials == nullptr || (*initials)[static_cast<unsigned char>(word.front())];
    };
    const std::vector<WordSpan> spans = split(text, language);
    std::vector<Token> tokens;
    tokens.reserve(spans.size());
    // Token index of each span; spans that fold to nothing have none.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> token_of_span(spans.size(), kNone);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const WordSpan& span = spans[i];
        const std::string_view written = text.substr(span.begin, span.end - span.begin);
        Token token = fold_token(written, language);
        // A number join_spaced_digit_groups merged ("1 000") is its digits.
        if (language == Language::kFrench && token.word.find(' ') != std::string::npos) {
            token.word = digits_only(written);
        }
        if (token.word.empty()) {
            continue;
        }
        if (stem_wanted(token.word)) {
            stem_token(token, language);
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
            head.compound_stem = stem_wanted(compound) ? stem(compound, language) : compound;
            head.compound = std::move(compound);
        }
    }
    return tokens;
}

}  // namespace mss
