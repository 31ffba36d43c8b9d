#include "highlight/snippet.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "analysis/code_point_offsets.h"
#include "highlight/highlighter.h"

namespace mss {
namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::string_view kSeparator = " … ";
constexpr std::size_t kSeparatorChars = 3;
constexpr std::size_t kMaxFragments = 3;

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Character (code point) offsets of every token's begin and end: lengths a reader sees are what
// --snippet-chars means, not bytes.
struct CharOffsets {
    std::vector<std::size_t> begin;
    std::vector<std::size_t> end;
};

CharOffsets char_offsets(std::string_view text, const std::vector<Token>& tokens) {
    CharOffsets offsets;
    offsets.begin.reserve(tokens.size());
    offsets.end.reserve(tokens.size());
    CodePointOffsets chars(text);
    for (const Token& token : tokens) {
        offsets.begin.push_back(chars.at(token.begin));
        offsets.end.push_back(chars.at(token.end));
    }
    return offsets;
}

// Tokens [first, last] shown as one piece of the snippet.
struct Fragment {
    std::size_t first;
    std::size_t last;
};

class FragmentPicker {
  public:
    FragmentPicker(const std::vector<MatchRun>& runs, const CharOffsets& chars)
        : runs_(runs), chars_(chars), taken_(runs.size(), false) {}

    std::size_t width(std::size_t first, std::size_t last) const {
        return chars_.end[last] - chars_.begin[first];
    }

    // The run of consecutive untaken matches fitting `max_width` characters that shows the most
    // query terms not shown yet, then the most distinct terms, then the most matches; the
    // earliest wins a tie. A single match wider than `max_width` still counts. Nothing when every
    // match is taken, or when only terms already shown are left.
    std::optional<Fragment> next(std::size_t max_width) {
        using Score = std::tuple<std::size_t, std::size_t, std::size_t>;
        std::optional<Score> best_score;
        std::pair<std::size_t, std::size_t> best{0, 0};
        std::size_t a = 0;
        std::map<std::string, std::size_t> in_window;
        for (std::size_t b = 0; b < runs_.size(); ++b) {
            if (taken_[b]) {
                in_window.clear();
                a = b + 1;
                continue;
            }
            ++in_window[runs_[b].term];
            while (a < b && width(runs_[a].first, runs_[b].last) > max_width) {
                if (--in_window[runs_[a].term] == 0) {
                    in_window.erase(runs_[a].term);
                }
                ++a;
            }
            std::size_t unseen = 0;
            for (const auto& entry : in_window) {
                unseen += shown_.count(entry.first) == 0;
            }
            const Score score{unseen, in_window.size(), b - a + 1};
            if (!best_score || score > *best_score) {
                best_score = score;
                best = {a, b};
            }
        }
        // A further fragment must show a query term the earlier ones do not; otherwise the room
        // is better spent on context around the passages already chosen.
        if (!best_score || (!shown_.empty() && std::get<0>(*best_score) == 0)) {
            return std::nullopt;
        }
        for (std::size_t i = best.first; i <= best.second; ++i) {
            taken_[i] = true;
            shown_.insert(runs_[i].term);
        }
        return Fragment{runs_[best.first].first, runs_[best.second].last};
    }

  private:
    const std::vector<MatchRun>& runs_;
    const CharOffsets& chars_;
    std::vector<bool> taken_;
    std::set<std::string> shown_;
};

// Grows the fragments a word at a time, on both sides in turn, until the snippet fills
// `max_chars`; fragments that grow into each other become one.
void widen(std::vector<Fragment>& fragments, std::size_t token_count, const CharOffsets& chars,
           std::size_t max_chars) {
    // Length of the snippet the fragments make, counting fragments that touch as one.
    auto total = [&] {
        std::size_t sum = chars.end[fragments[0].last] - chars.begin[fragments[0].first];
        for (std::size_t i = 1; i < fragments.size(); ++i) {
            const Fragment& f = fragments[i];
            if (f.first <= fragments[i - 1].last + 1) {
                sum += chars.end[f.last] - chars.end[fragments[i - 1].last];
            } else {
                sum += kSeparatorChars + chars.end[f.last] - chars.begin[f.first];
            }
        }
        return sum;
    };
    auto merge_touching = [&] {
        for (std::size_t i = 1; i < fragments.size();) {
            if (fragments[i].first <= fragments[i - 1].last + 1) {
                fragments[i - 1].last = std::max(fragments[i - 1].last, fragments[i].last);
                fragments.erase(fragments.begin() + static_cast<std::ptrdiff_t>(i));
            } else {
                ++i;
            }
        }
    };
    merge_touching();
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t i = 0; i < fragments.size(); ++i) {
            Fragment& f = fragments[i];
            if (f.first > 0) {
                --f.first;
                if (total() <= max_chars) {
                    grew = true;
                } else {
                    ++f.first;
                }
            }
            if (f.last + 1 < token_count) {
                ++f.last;
                if (total() <= max_chars) {
                    grew = true;
                } else {
                    --f.last;
                }
            }
        }
        merge_touching();
    }
}

// Copies body[begin, end) with whitespace runs collapsed to one space, recording the highlight
// spans of `runs` that fall inside it at their places in the output.
void copy_fragment(std::string_view body, std::size_t begin, std::size_t end,
                   const std::vector<Token>& tokens, const std::vector<MatchRun>& runs,
                   Snippet& snippet) {
    auto run = std::find_if(runs.begin(), runs.end(),
                            [&](const MatchRun& r) { return tokens[r.first].begin >= begin; });
    std::size_t highlight_begin = 0;
    bool last_was_space = false;
    for (std::size_t i = begin; i < end; ++i) {
        const bool in_run = run != runs.end() && tokens[run->last].end <= end;
        if (in_run && i == tokens[run->first].begin) {
            highlight_begin = snippet.text.size();
        }
        const bool space = is_space(body[i]);
        if (!space || !last_was_space) {
            snippet.text += space ? ' ' : body[i];
        }
        last_was_space = space;
        if (in_run && i + 1 == tokens[run->last].end) {
            snippet.highlights.emplace_back(highlight_begin, snippet.text.size());
            ++run;
        }
    }
}

}  // namespace

Snippet make_snippet(std::string_view body, const MatchTerms& terms, Analyzer& analyzer,
                     std::size_t max_chars, Language language) {
    Snippet snippet;
    const std::vector<Token> tokens =
        analyzer.analyze_for_stems(body, terms.stems_in(language), language);
    if (tokens.empty()) {
        return snippet;
    }
    const std::vector<MatchRun> runs = find_matches(body, tokens, terms, language);
    const CharOffsets chars = char_offsets(body, tokens);

    std::vector<Fragment> fragments;
    FragmentPicker picker(runs, chars);
    const std::size_t fragment_width = std::max<std::size_t>(max_chars / kMaxFragments, 1);
    while (fragments.size() < kMaxFragments) {
        const auto fragment = picker.next(fragment_width);
        if (!fragment) {
            break;
        }
        fragments.push_back(*fragment);
    }
    if (fragments.empty()) {
        fragments.push_back({0, 0});
    }
    std::sort(fragments.begin(), fragments.end(),
              [](const Fragment& a, const Fragment& b) { return a.first < b.first; });
    widen(fragments, tokens.size(), chars, max_chars);

    for (std::size_t i = 0; i < fragments.size(); ++i) {
        const Fragment& f = fragments[i];
        // Punctuation touching the first and last words (an opening quote, a full stop) belongs
        // to the passage shown.
        const std::size_t previous_end = f.first == 0 ? 0 : tokens[f.first - 1].end;
        std::size_t begin = tokens[f.first].begin;
        while (begin > previous_end && !is_space(body[begin - 1])) {
            --begin;
        }
        const std::size_t next_begin =
            f.last + 1 < tokens.size() ? tokens[f.last + 1].begin : body.size();
        std::size_t end = tokens[f.last].end;
        while (end < next_begin && !is_space(body[end])) {
            ++end;
        }
        snippet.text += i > 0 ? kSeparator : (f.first > 0 ? kEllipsis : "");
        copy_fragment(body, begin, end, tokens, runs, snippet);
    }
    if (fragments.back().last + 1 < tokens.size()) {
        snippet.text += kEllipsis;
    }
    return snippet;
}

}  // namespace mss
