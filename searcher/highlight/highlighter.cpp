#include "highlight/highlighter.h"

#include <algorithm>
#include <set>

#include "analysis/code_point_offsets.h"
#include "schema.h"

namespace mss {
namespace {

// Claims tokens [first, last] for one match, unless a stronger match already holds one of them.
class RunCollector {
  public:
    explicit RunCollector(std::size_t token_count) : claimed_(token_count, false) {}

    bool free(std::size_t first, std::size_t last) const {
        for (std::size_t i = first; i <= last; ++i) {
            if (claimed_[i]) {
                return false;
            }
        }
        return true;
    }

    void claim(std::size_t first, std::size_t last, std::string term) {
        std::fill(claimed_.begin() + static_cast<std::ptrdiff_t>(first),
                  claimed_.begin() + static_cast<std::ptrdiff_t>(last) + 1, true);
        runs_.push_back({first, last, std::move(term)});
    }

    std::vector<MatchRun> sorted_runs() && {
        std::sort(runs_.begin(), runs_.end(),
                  [](const MatchRun& a, const MatchRun& b) { return a.first < b.first; });
        return std::move(runs_);
    }

  private:
    std::vector<bool> claimed_;
    std::vector<MatchRun> runs_;
};

void claim_phrases(const std::vector<Token>& tokens, const MatchTerms& terms, RunCollector& runs) {
    for (const auto& phrase : terms.phrases) {
        if (phrase.empty() || phrase.size() > tokens.size()) {
            continue;
        }
        std::string term = "\"";
        for (const auto& word : phrase) {
            term += word + ' ';
        }
        for (std::size_t first = 0; first + phrase.size() <= tokens.size(); ++first) {
            const std::size_t last = first + phrase.size() - 1;
            bool equal = true;
            for (std::size_t k = 0; k < phrase.size() && equal; ++k) {
                equal = tokens[first + k].word == phrase[k];
            }
            if (equal && runs.free(first, last)) {
                runs.claim(first, last, term);
            }
        }
    }
}

// The entities the query names, where the indexer's own scanner finds them in this text.
void claim_entities(std::string_view text, const std::vector<Token>& tokens,
                    const MatchTerms& terms, RunCollector& runs) {
    if (terms.aliases == nullptr ||
        (terms.named_entities.empty() && terms.mentioned_entities.empty())) {
        return;
    }
    std::vector<bool> covered(tokens.size(), false);
    for (const AliasMatch& found :
         terms.aliases->scan(text, tokens, covered, AliasScope::kNamesAndCues)) {
        const std::pair<EntityKind, std::string> key{found.kind, *found.id};
        const bool wanted = terms.mentioned_entities.count(key) != 0 ||
                            (found.is_name && terms.named_entities.count(key) != 0);
        if (wanted && runs.free(found.first, found.last)) {
            runs.claim(found.first, found.last,
                       "@" + std::string(kind_name(found.kind)) + ":" + *found.id);
        }
    }
}

void claim_extra_spans(std::string_view text, const std::vector<Token>& tokens,
                       const MatchTerms& terms, RunCollector& runs) {
    if (!terms.extra_spans) {
        return;
    }
    for (const WordSpan& span : terms.extra_spans(text)) {
        const auto first = std::find_if(tokens.begin(), tokens.end(),
                                        [&](const Token& t) { return t.begin >= span.begin; });
        if (first == tokens.end() || first->end > span.end) {
            continue;
        }
        auto last = first;
        while (last + 1 != tokens.end() && (last + 1)->end <= span.end) {
            ++last;
        }
        const auto first_index = static_cast<std::size_t>(first - tokens.begin());
        const auto last_index = static_cast<std::size_t>(last - tokens.begin());
        if (runs.free(first_index, last_index)) {
            runs.claim(first_index, last_index,
                       std::string(text.substr(span.begin, span.end - span.begin)));
        }
    }
}

void claim_words(const std::vector<Token>& tokens, const MatchTerms& terms, Language language,
                 RunCollector& runs) {
    const std::set<std::string>& stems = terms.stems_in(language);
    // The term a stem match stands for, as the index names it (schema.h).
    const std::string stem_prefix =
        language == Language::kFrench ? schema::kFrenchStemPrefix : schema::kStemPrefix;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (!runs.free(i, i)) {
            continue;
        }
        if (terms.words.count(token.word) != 0) {
            runs.claim(i, i, token.word);
        } else if (!token.stopword && stems.count(token.stem) != 0) {
            runs.claim(i, i, stem_prefix + token.stem);
        } else {
            for (const std::string& prefix : terms.prefixes) {
                if (token.word.compare(0, prefix.size(), prefix) == 0) {
                    runs.claim(i, i, prefix + "*");
                    break;
                }
            }
        }
    }
}

}  // namespace

std::vector<MatchRun> find_matches(std::string_view text, const std::vector<Token>& tokens,
                                   const MatchTerms& terms, Language language) {
    RunCollector runs(tokens.size());
    claim_phrases(tokens, terms, runs);
    claim_entities(text, tokens, terms, runs);
    claim_extra_spans(text, tokens, terms, runs);
    claim_words(tokens, terms, language, runs);
    return std::move(runs).sorted_runs();
}

std::vector<ByteSpan> highlight_text(std::string_view text, const MatchTerms& terms,
                                     Analyzer& analyzer, Language language) {
    const std::vector<Token> tokens =
        analyzer.analyze_for_stems(text, terms.stems_in(language), language);
    std::vector<ByteSpan> spans;
    for (const MatchRun& run : find_matches(text, tokens, terms, language)) {
        spans.emplace_back(tokens[run.first].begin, tokens[run.last].end);
    }
    return spans;
}

std::size_t utf8_byte_offset(std::string_view text, std::size_t index) noexcept {
    return code_point_byte(text, index);
}

std::vector<Highlight> character_spans(std::string_view text, const std::vector<ByteSpan>& spans) {
    CodePointOffsets chars(text);
    std::vector<Highlight> out;
    out.reserve(spans.size());
    for (const auto& [begin, end] : spans) {
        out.emplace_back(chars.at(begin), chars.at(end));
    }
    return out;
}

}  // namespace mss
