#include "entities/person_finder.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "entities/alias_matcher.h"
#include "entities/firm_cues.h"
#include "entities/french_person_cues.h"
#include "entities/letter_case.h"
#include "entities/name_words.h"

namespace mss {
namespace {

// Names have at most this many words ("Mohammed Ali Abal Khail"); longer capitalised runs are
// headlines in title case or organisation names.
constexpr std::size_t kMaxNameWords = 4;

// The person a surname names in this text: the word itself ("Reagan"), or its plural when the
// text names the singular ("the Reagans" beside "Ronald Reagan"). The plural is read only as
// evidence from the text: "Jones" and "Williams" are surnames in their own right, and stay so
// unless the text names a "Jone" or a "William" by surname.
template <typename Map>
typename Map::const_iterator find_surname(const Map& by_surname, const std::string& word) {
    auto found = by_surname.find(word);
    if (found == by_surname.end()) {
        if (const std::string singular = singular_surname(word); !singular.empty()) {
            found = by_surname.find(singular);
        }
    }
    return found;
}

struct Run {
    std::size_t first;
    std::size_t last;  // inclusive
    std::size_t name_words;
};

}  // namespace

std::vector<EntityMention> PersonFinder::find(std::string_view text,
                                              const std::vector<Token>& tokens,
                                              std::vector<bool>& covered) const {
    const std::size_t n = tokens.size();
    std::vector<bool> name_like(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const Token& token = tokens[i];
        const std::string_view original = text.substr(token.begin, token.end - token.begin);
        name_like[i] = !covered[i] && !token.stopword && !token.word.empty() &&
                       !(token.word[0] >= '0' && token.word[0] <= '9') &&
                       word_case(original) == WordCase::kCapitalised &&
                       !cues_.is_title(token.word) && !cues_.is_not_name(token.word) &&
                       !is_french_civility(text, tokens, i);
    }
    auto joined = [&](std::size_t left) {
        const std::string_view gap = gap_between(text, tokens[left], tokens[left + 1]);
        // "John F. Kennedy": an initial may carry its dot.
        return is_word_gap(gap) ||
               (is_abbreviation_gap(gap) && tokens[left].end - tokens[left].begin == 1);
    };

    // Words this text writes in lower case are common nouns here, not surnames: "General
    // Agreement on Tariffs" next to "the agreement" is no person.
    std::unordered_set<std::string> lower_case_words;
    for (const Token& token : tokens) {
        if (!token.stopword &&
            word_case(text.substr(token.begin, token.end - token.begin)) == WordCase::kLower) {
            lower_case_words.insert(token.word);
        }
    }

    // Maximal runs of name words, particles allowed inside ("Miguel de la Madrid"), and a hyphen
    // after the first word ("Robin Leigh-Pemberton"; "Coca-Cola said" stays no name), or inside a
    // hyphenated given name, as French writes them ("Jean-Marc Duvivier"): one that is no
    // particle ("Al-Ittihad"), does not itself follow a hyphen ("Hart-Scott-Rodino") and has a
    // surname after it ("Leigh-Pemberton said" is a surname, of Robin Leigh-Pemberton).
    const auto starts_hyphenated_given_name = [&](std::size_t i) {
        return cues_.is_given_name(tokens[i].word) && !is_name_particle(tokens[i].word) &&
               (i == 0 || gap_between(text, tokens[i - 1], tokens[i]) != "-") && i + 2 < n &&
               joined(i + 1) && name_like[i + 2];
    };
    std::vector<Run> runs;
    for (std::size_t i = 0; i < n;) {
        if (!name_like[i]) {
            ++i;
            continue;
        }
        Run run{i, i, 1};
        std::size_t j = i;
        while (j + 1 < n && (joined(j) || ((j > i || starts_hyphenated_given_name(i)) &&
                                           gap_between(text, tokens[j], tokens[j + 1]) == "-"))) {
            if (name_like[j + 1]) {
                ++j;
                ++run.name_words;
                run.last = j;
                continue;
            }
            std::size_t next = j + 1;
            while (next + 1 < n && is_name_particle(tokens[next].word) && joined(next)) {
                ++next;
            }
            if (next == j + 1 || !name_like[next] || is_name_particle(tokens[next].word)) {
                break;
            }
            j = next;
            ++run.name_words;
            run.last = j;
        }
        // "Yesterday Hellmuth Klauhs said": a sentence's first word is capitalised whatever it
        // is; a word the text also writes in lower case, and no given name, starts no name.
        const std::string_view gap_before =
            run.first == 0 ? std::string_view()
                           : gap_between(text, tokens[run.first - 1], tokens[run.first]);
        const bool sentence_start = run.first == 0 ||
                                    gap_before.find_first_of(".!?") != std::string_view::npos ||
                                    (gap_before.find('\n') != std::string_view::npos &&
                                     gap_before.size() > 1);  // a paragraph, not a wrapped line
        if (sentence_start && run.first < run.last &&
            lower_case_words.count(tokens[run.first].word) != 0 &&
            !cues_.is_given_name(tokens[run.first].word)) {
            std::size_t next = run.first + 1;
            while (next < run.last && !name_like[next]) {
                ++next;  // a particle cannot start a name
            }
            run = {next, run.last, run.name_words - 1};
        }
        // "Chancellor of the Exchequer Nigel Lawson": the name starts at a given name inside the
        // run; the capitalised words before it belong to the title.
        for (std::size_t k = run.first + 1; k < run.last; ++k) {
            if (name_like[k] && cues_.is_given_name(tokens[k].word) &&
                !cues_.is_given_name(tokens[run.first].word)) {
                const auto name_words_in = [&](std::size_t from, std::size_t to) {
                    return static_cast<std::size_t>(
                        std::count(name_like.begin() + static_cast<std::ptrdiff_t>(from),
                                   name_like.begin() + static_cast<std::ptrdiff_t>(to) + 1, true));
                };
                runs.push_back({run.first, k - 1, name_words_in(run.first, k - 1)});
                run = {k, run.last, name_words_in(k, run.last)};
                break;
            }
        }
        runs.push_back(run);
        i = run.last + 1;
    }

    // A run the text also writes right before an organisation word ("Merrill Lynch and Co Inc",
    // "Chase Manhattan Bank") names an organisation everywhere in the text.
    auto run_id = [&](const Run& run) {
        std::string id;
        for (std::size_t k = run.first; k <= run.last; ++k) {
            id += (id.empty() ? "" : "-") + tokens[k].word;
        }
        return id;
    };
    // Of those, the runs a company word follows ("& Co", "Inc", "Bank") or that act as firms
    // ("said it would buy") are firms, written as organisations (run id -> the firm's id and
    // name); before another organisation word ("Human Rights Office", "Wall Street"), or after
    // another capitalised word of the phrase ("Federal Home Loan Bank", "Standard and Poor's
    // Corp"), a run is only part of a longer name.
    const auto inside_longer_name = [&](const Run& run) {
        std::size_t before = run.first;
        for (int words = 0; before > 0 && words < 2; ++words) {
            const std::string_view gap = gap_between(text, tokens[before - 1], tokens[before]);
            if (!is_word_gap(gap) && gap != " & ") {
                return false;
            }
            --before;
            if (tokens[before].word != "and") {
                break;
            }
        }
        const Token& word = tokens[before];
        return before < run.first && !word.stopword &&
               word_case(text.substr(word.begin, word.end - word.begin)) != WordCase::kLower;
    };
    std::unordered_set<std::string> organisations;
    std::unordered_map<std::string, std::pair<std::string, std::string>> firms;
    const auto add_firm = [&](const Run& run, const Token* name_word) {
        std::string id = run_id(run), name = display_name(text, tokens, run.first, run.last);
        if (name_word != nullptr) {
            id += "-" + name_word->word;
            name +=
                " " + std::string(text.substr(name_word->begin, name_word->end - name_word->begin));
        }
        firms.emplace(run_id(run), std::make_pair(std::move(id), std::move(name)));
    };
    for (const Run& run : runs) {
        std::size_t next = run.last + 1;
        if (next < n && tokens[next].word == "and" && joined(run.last)) {
            ++next;
        }
        // "Morgan Stanley & Co": an ampersand joins a firm's names as "and" does.
        const bool ampersand = next == run.last + 1 && next < n &&
                               gap_between(text, tokens[run.last], tokens[next]) == " & ";
        if (next < n && (joined(next - 1) || ampersand) &&
            cues_.is_organisation_word(tokens[next].word) &&
            word_case(text.substr(tokens[next].begin, tokens[next].end - tokens[next].begin)) !=
                WordCase::kLower) {
            organisations.insert(run_id(run));
            if (cues_.is_company_word(tokens[next].word) && !inside_longer_name(run)) {
                const bool in_name =
                    next == run.last + 1 && cues_.is_firm_name_word(tokens[next].word);
                add_firm(run, in_name ? &tokens[next] : nullptr);
            }
        }
        if (run.name_words >= 2 && used_as_firm(text, tokens, run.first, run.last)) {
            organisations.insert(run_id(run));
            if (!inside_longer_name(run)) {
                add_firm(run, nullptr);
            }
        }
    }

    std::vector<EntityMention> people;
    std::unordered_map<std::string, std::size_t> by_surname;  // last word -> index in people
    auto title_before = [&](const Run& run) {
        // "President Reagan", "Sen. Marco Rubio", and in wire style a lower-case title before a
        // full name: "Bank of Japan governor Satoshi Sumita".
        const Token& before = tokens[run.first - 1];
        const std::string_view gap = gap_between(text, before, tokens[run.first]);
        const bool capitalised =
            word_case(text.substr(before.begin, before.end - before.begin)) != WordCase::kLower;
        // After "the", a title and one word are a title-case noun phrase ("the General Agreement
        // on Tariffs"), not a person: no one writes "the President Reagan".
        const bool after_article = run.first >= 2 && tokens[run.first - 2].word == "the";
        // French writes titles in lower case: "le ministre Espérance" names one word too.
        const bool french_title =
            !capitalised && french_article_before_title(text, tokens, run.first - 1, cues_);
        return cues_.is_title(before.word) && (is_word_gap(gap) || is_abbreviation_gap(gap)) &&
               (capitalised || run.name_words >= 2 || french_title) &&
               !(after_article && run.name_words == 1);
    };
    for (const Run& run : runs) {
        // A single letter alone is an initial, not a name ("Chairman J. ...").
        const bool initial =
            run.name_words == 1 && tokens[run.first].end - tokens[run.first].begin == 1;
        if (run.name_words > kMaxNameWords || initial ||
            (run.name_words == 1 && lower_case_words.count(tokens[run.first].word) != 0)) {
            continue;
        }
        if (const std::string id = run_id(run); organisations.count(id) != 0) {
            // A firm named like a person ("Morgan Stanley & Co", "Morgan Stanley said it would
            // buy"): an organisation, under the name it shares with its other mentions.
            if (const auto firm = firms.find(id); firm != firms.end()) {
                for (std::size_t k = run.first; k <= run.last; ++k) {
                    covered[k] = true;
                }
                people.push_back({EntityKind::kOrganisation, firm->second.first,
                                  firm->second.second, tokens[run.first].begin,
                                  tokens[run.last].end, "firm"});
            }
            continue;
        }
        std::string evidence;
        bool royal = false;
        if (run.first > 0) {
            const Token& before = tokens[run.first - 1];
            const std::string_view gap = gap_between(text, before, tokens[run.first]);
            if (title_before(run)) {
                royal = cues_.is_royal_title(before.word);
                evidence = std::string(royal ? "royal title '" : "title '") +
                           std::string(text.substr(before.begin, before.end - before.begin)) + "'";
            } else if (is_french_civility(text, tokens, run.first - 1)) {
                evidence = "title 'M.'";
            } else if (run.name_words >= 2 && is_word_gap(gap) &&
                       (is_speech_verb(before.word) || is_french_attribution(before.word)) &&
                       (run.last + 1 == n ||
                        gap_between(text, tokens[run.last], tokens[run.last + 1])
                                .find_first_of(",.") != std::string_view::npos)) {
                evidence = "after '" + before.word + "'";
            }
        }
        if (evidence.empty() && run.name_words >= 2 && run.last + 1 < n) {
            const Token& after = tokens[run.last + 1];
            const std::string_view gap = gap_between(text, tokens[run.last], after);
            const std::string french_speech = french_speech_at(tokens, run.last + 1);
            if (is_word_gap(gap) && is_speech_verb(after.word)) {
                evidence = "before '" + after.word + "'";
            } else if (is_word_gap(gap) && !french_speech.empty()) {
                evidence = "before '" + french_speech + "'";
            } else if ((gap == ", " || gap == ",\n") && cues_.is_title(after.word) &&
                       word_case(text.substr(after.begin, after.end - after.begin)) ==
                           WordCase::kLower) {
                evidence = "apposition '" + after.word + "'";
            }
        }
        if (evidence.empty() && run.name_words >= 2) {
            // Name patterns: a known given name first ("Nigel Lawson"), or a middle initial
            // between two longer words ("Ivan F. Boesky").
            const Token& first = tokens[run.first];
            const Token& middle = tokens[run.first + 1];
            if (cues_.is_given_name(first.word)) {
                evidence = "given name '" +
                           std::string(text.substr(first.begin, first.end - first.begin)) + "'";
            } else if (run.name_words == 3 && run.last == run.first + 2 &&
                       middle.end - middle.begin == 1 && first.end - first.begin > 1 &&
                       tokens[run.last].end - tokens[run.last].begin > 1 &&
                       is_abbreviation_gap(gap_between(text, middle, tokens[run.last]))) {
                evidence = "middle initial '" +
                           std::string(text.substr(middle.begin, middle.end - middle.begin)) + ".'";
            }
        }
        if (evidence.empty()) {
            continue;
        }
        // "King Baudouin", "Sheikh Yamani": a ruler's or peer's name, often a given or regnal one,
        // is no commoner's surname; the title stays in the id and the name, so the person is
        // never linked to a commoner of that surname ("denis-baudouin"), here or in the index.
        const std::size_t first = royal ? run.first - 1 : run.first;
        std::string id;
        for (std::size_t k = first; k <= run.last; ++k) {
            id += (id.empty() ? "" : "-") + tokens[k].word;
            covered[k] = true;
        }
        people.push_back({EntityKind::kPerson, id, display_name(text, tokens, first, run.last),
                          tokens[first].begin, tokens[run.last].end, evidence});
        if (run.name_words >= 2 && !royal) {
            by_surname.emplace(tokens[run.last].word, people.size() - 1);
        }
    }

    // A one-word name found by a title ("President Reagan") is the full name's person when the
    // text also has it in full ("Ronald Reagan").
    for (EntityMention& person : people) {
        if (person.id.find('-') == std::string::npos) {
            if (const auto full = find_surname(by_surname, person.id); full != by_surname.end()) {
                person.id = people[full->second].id;
                person.name = people[full->second].name;
            }
        }
    }
    std::vector<EntityMention> linked = link_surnames(text, tokens, covered, people);
    people.insert(people.end(), std::make_move_iterator(linked.begin()),
                  std::make_move_iterator(linked.end()));
    return people;
}

std::vector<EntityMention> PersonFinder::link_surnames(
    std::string_view text, const std::vector<Token>& tokens, std::vector<bool>& covered,
    const std::vector<EntityMention>& people) const {
    std::unordered_map<std::string, const EntityMention*> by_surname;
    for (const EntityMention& person : people) {
        const std::size_t dash = person.id.rfind('-');
        // A royal's name is no surname: "Baudouin" alone is not taken for "King Baudouin".
        if (person.kind == EntityKind::kPerson && dash != std::string::npos &&
            person.evidence.rfind("alias", 0) != 0 && person.evidence.rfind("cue", 0) != 0 &&
            person.evidence.rfind("royal", 0) != 0) {
            by_surname.emplace(person.id.substr(dash + 1), &person);
        }
    }
    std::vector<EntityMention> linked;
    if (by_surname.empty()) {
        return linked;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (covered[i] || cues_.is_not_name(token.word) ||
            word_case(text.substr(token.begin, token.end - token.begin)) == WordCase::kLower) {
            continue;
        }
        if (const auto full = find_surname(by_surname, token.word); full != by_surname.end()) {
            const EntityMention& person = *full->second;
            linked.push_back({EntityKind::kPerson, person.id, person.name, token.begin, token.end,
                              "surname of '" + person.name + "'"});
            covered[i] = true;
        }
    }
    return linked;
}

}  // namespace mss
