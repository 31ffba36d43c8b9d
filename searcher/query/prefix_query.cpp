// word*: a prefix expanded against the index, within the query's budget.
#include "query/query_compiler.h"

#include <algorithm>

namespace mss {
namespace {

// Words a prefix* expands to, the most frequent first.
constexpr Xapian::termcount kPrefixExpansion = 200;

}  // namespace

// word*: the indexed words starting with it, the most frequent first; what it expands to
// counts towards the query's budget.
std::optional<Compiled> QueryCompiler::prefix_word(const QueryNode& node) {
    auto compiled = expand_prefix_word(node);
    if (compiled) {
        // One per word (or phrase ending in a word) the prefix stands for.
        budget_.spend(std::max<std::size_t>(1, compiled->query.get_num_subqueries()),
                      node.text + "*", node.position);
    }
    return compiled;
}

std::optional<Compiled> QueryCompiler::expand_prefix_word(const QueryNode& node) {
    const auto tokens = context_.analyzer.analyze(node.text);
    if (tokens.empty()) {
        return std::nullopt;
    }
    std::vector<Xapian::Query> parts;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        parts.emplace_back(tokens[i].word);
        terms_.words.insert(tokens[i].word);
    }
    const std::string& prefix = tokens.back().word;
    terms_.prefixes.insert(prefix);
    note_capped_expansion(prefix);
    if (parts.empty()) {
        return Compiled{expand_prefix(context_.database, prefix, kPrefixExpansion), true};
    }
    // Xapian 1.4 phrases take terms only ("kenya-pol*" threw UnimplementedError): one phrase
    // per word the prefix expands to. Without an index to expand against (parser tests,
    // fuzzing), the words and the prefix must all match.
    if (context_.database == nullptr) {
        return Compiled{
            Xapian::Query(Xapian::Query::OP_AND, phrase_of(parts, context_.positional_guard),
                          expand_prefix(nullptr, prefix, kPrefixExpansion)),
            true};
    }
    std::vector<Xapian::Query> phrases;
    for (const std::string& word :
         most_frequent_words_starting(*context_.database, prefix, kPrefixExpansion)) {
        std::vector<Xapian::Query> words = parts;
        words.emplace_back(word);
        phrases.push_back(phrase_of(words, context_.positional_guard));
    }
    return Compiled{phrases.empty() ? Xapian::Query::MatchNothing : any_of(phrases), true};
}

// A short prefix ("a*") would expand to a large share of the vocabulary, costing memory and
// time in proportion; the expansion is capped and the user is told, rather than silently
// searching a subset.
void QueryCompiler::note_capped_expansion(const std::string& prefix) {
    if (context_.database == nullptr) {
        return;
    }
    Xapian::termcount words = 0;
    for (auto term = context_.database->allterms_begin(prefix);
         term != context_.database->allterms_end(prefix) && words <= kPrefixExpansion; ++term) {
        ++words;
    }
    if (words > kPrefixExpansion) {
        notes_.push_back("'" + prefix + "*' matches more than " + std::to_string(kPrefixExpansion) +
                         " words; only the " + std::to_string(kPrefixExpansion) +
                         " most frequent were searched");
    }
}

}  // namespace mss
