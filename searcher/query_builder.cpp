#include "query_builder.h"

#include <vector>

#include <mss/error.h>

#include "schema.h"

namespace mss {
namespace {

Xapian::Query phrase_query(const std::vector<Token>& tokens, MatchTerms& terms) {
    std::vector<Xapian::Query> words;
    std::vector<std::string> phrase;
    for (const Token& token : tokens) {
        words.emplace_back(token.word);
        phrase.push_back(token.word);
    }
    if (words.size() == 1) {
        terms.words.insert(phrase.front());
        return words.front();
    }
    terms.phrases.push_back(std::move(phrase));
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
}

// Free words match by stem; a query made only of stopwords still searches them, exactly.
std::vector<Xapian::Query> word_queries(const std::vector<Token>& tokens, MatchTerms& terms) {
    std::vector<Xapian::Query> queries;
    for (const Token& token : tokens) {
        if (!token.stopword) {
            queries.emplace_back(schema::kStemPrefix + token.stem);
            terms.stems.insert(token.stem);
        }
    }
    if (queries.empty()) {
        for (const Token& token : tokens) {
            queries.emplace_back(token.word);
            terms.words.insert(token.word);
        }
    }
    return queries;
}

}  // namespace

BuiltQuery build_query(std::string_view text, Analyzer& analyzer) {
    BuiltQuery built;
    std::vector<Xapian::Query> clauses;
    std::vector<Token> free_tokens;
    std::size_t position = 0;
    while (position < text.size()) {
        const std::size_t quote = text.find('"', position);
        const std::string_view free_text = text.substr(position, quote - position);
        for (Token& token : analyzer.analyze(free_text)) {
            free_tokens.push_back(std::move(token));
        }
        if (quote == std::string_view::npos) {
            break;
        }
        // An unbalanced quote runs to the end of the query: what the person most likely meant.
        const std::size_t close = text.find('"', quote + 1);
        const std::string_view phrase = text.substr(quote + 1, close - quote - 1);
        const auto tokens = analyzer.analyze(phrase);
        if (!tokens.empty()) {
            clauses.push_back(phrase_query(tokens, built.terms));
        }
        position = close == std::string_view::npos ? text.size() : close + 1;
    }
    for (auto& query : word_queries(free_tokens, built.terms)) {
        clauses.push_back(std::move(query));
    }
    if (clauses.empty()) {
        throw QueryError("query has no words to search for", 0);
    }
    built.strict = Xapian::Query(Xapian::Query::OP_AND, clauses.begin(), clauses.end());
    built.relaxed = Xapian::Query(Xapian::Query::OP_OR, clauses.begin(), clauses.end());
    return built;
}

}  // namespace mss
