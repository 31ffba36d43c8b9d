#include "spelling/spelling_suggester.h"

#include <algorithm>
#include <cctype>

#include "analysis/code_point_offsets.h"
#include "schema.h"

namespace mss {
namespace {

// Words shorter than this have too many neighbours one edit away to guess between.
constexpr std::size_t kShortestWord = 4;

bool is_acronym(std::string_view word) {
    std::size_t letters = 0;
    for (unsigned char c : word) {
        if (std::islower(c)) {
            return false;
        }
        letters += std::isupper(c) != 0;
    }
    return letters >= 2;
}

bool has_digit(std::string_view word) {
    return std::any_of(word.begin(), word.end(),
                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

// The suggestion keeps the look of what was typed: "Murkomin" -> "Murkomen".
std::string in_typed_case(std::string word, std::string_view typed) {
    if (!typed.empty() && std::isupper(static_cast<unsigned char>(typed.front())) &&
        !word.empty() && std::islower(static_cast<unsigned char>(word.front()))) {
        word.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(word.front())));
    }
    return word;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer - std::min(a.size(), b.size()) > limit) {
        return limit + 1;
    }
    // Optimal string alignment: three rows of the Damerau-Levenshtein table.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
            row_best = std::min(row_best, current[j]);
        }
        if (row_best > limit) {
            return limit + 1;
        }
        before.swap(previous);
        previous.swap(current);
    }
    return std::min(previous[b.size()], limit + 1);
}

bool SpellingSuggester::known_in_other_language(std::string_view typed) const {
    for (const Language language : {Language::kFrench, Language::kHaitianCreole}) {
        if (database_.get_termfreq(schema::language_term(language)) == 0) {
            continue;  // no article of that language: its readings are not in the index
        }
        const std::vector<Token> parts = analyzer_.analyze(typed, language);
        if (parts.size() != 1) {
            continue;
        }
        const Token& token = parts.front();
        const std::string stem_prefix = schema::stem_prefix(language);
        if (token.stopword || database_.get_termfreq(token.word) != 0 ||
            (!stem_prefix.empty() && database_.get_termfreq(stem_prefix + token.stem) != 0)) {
            return true;
        }
    }
    return false;
}

std::optional<std::string> SpellingSuggester::better_spelling(std::string_view typed) const {
    if (code_point_count(typed) < kShortestWord || is_acronym(typed) || has_digit(typed)) {
        return std::nullopt;
    }
    // A name of a known entity is never a misspelling, whatever the articles say.
    if (!entities_.with_alias_key(alias_key(typed)).empty()) {
        return std::nullopt;
    }
    // A word the analyser splits ("Kenya-led", "Port-au-Prince", "Fils-Aimé") is searched as its
    // parts; the index has it when it has the compound joined into one word, or every part.
    // Joining the parts is not a correction, and a misspelt part is left alone: either way
    // the word gets no suggestion.
    const std::vector<Token> parts = analyzer_.analyze(typed);
    if (parts.size() != 1) {
        return std::nullopt;
    }
    const Token token = analyzer_.analyze_word(typed);
    if (token.word.empty() || token.stopword || !entities_.with_alias_key(token.word).empty()) {
        return std::nullopt;
    }
    // The word's forms are its stem term and the stem written as a word (docs/SCHEMA.md), and
    // the compound a typed "Portauprince" may be. A word the index has in any of them is
    // never replaced, however rare.
    const Xapian::doccount frequency =
        std::max({database_.get_termfreq(token.word),
                  database_.get_termfreq(schema::kStemPrefix + token.stem),
                  database_.get_termfreq(token.stem), database_.get_termfreq(parts.front().word)});
    if (frequency != 0 || known_in_other_language(typed)) {
        return std::nullopt;
    }
    const std::size_t limit = code_point_count(token.word) >= 8 ? 2 : 1;
    std::string best;
    std::size_t best_distance = limit + 1;
    Xapian::doccount best_frequency = 0;
    for (const VocabularyWord& word : vocabulary_.words(database_)) {
        const std::string& candidate = word.text;
        if (candidate.size() + limit < token.word.size() ||
            candidate.size() > token.word.size() + limit) {
            continue;
        }
        const Xapian::doccount candidate_frequency = word.frequency;
        const std::size_t distance = edit_distance(token.word, candidate, limit);
        if (distance == 0 || distance > limit) {
            continue;
        }
        if (distance < best_distance ||
            (distance == best_distance && candidate_frequency > best_frequency)) {
            if (analyzer_.analyze_word(candidate).stem == token.stem) {
                continue;  // "deployments" for "deployment" is not a correction
            }
            best = candidate;
            best_distance = distance;
            best_frequency = candidate_frequency;
        }
    }
    if (best.empty()) {
        return std::nullopt;
    }
    return in_typed_case(best, typed);
}

std::optional<std::string> SpellingSuggester::suggest(std::string_view query,
                                                      const std::vector<TypedWord>& words) const {
    std::vector<TypedWord> last_first = words;
    std::sort(last_first.begin(), last_first.end(),
              [](const TypedWord& a, const TypedWord& b) { return a.position > b.position; });
    std::string suggestion(query);
    bool changed = false;
    // From the last word back, so earlier offsets stay right as words change length.
    for (auto word = last_first.begin(); word != last_first.end(); ++word) {
        const auto better = better_spelling(word->text);
        if (!better) {
            continue;
        }
        const std::size_t begin = code_point_byte(suggestion, word->position);
        suggestion.replace(begin, word->text.size(), *better);
        changed = true;
    }
    if (!changed) {
        return std::nullopt;
    }
    return suggestion;
}

}  // namespace mss
