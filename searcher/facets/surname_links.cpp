#include "facets/surname_links.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "entities/name_words.h"
#include "schema.h"

namespace mss {

SurnameLinks SurnameLinks::read(const Xapian::Database& database) {
    const std::string prefix = schema::kPersonPrefix;
    std::vector<std::pair<std::string, std::size_t>> ids;
    for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix);
         ++term) {
        // Xapian lists a term of no remaining article until it is compacted away.
        if (term.get_termfreq() != 0) {
            ids.emplace_back((*term).substr(prefix.size()), term.get_termfreq());
        }
    }
    std::unordered_set<std::string> royal_titles;
    const std::string lines = database.get_metadata(schema::kRoyalTitlesKey);
    for (std::size_t at = 0, end; at < lines.size(); at = end + 1) {
        end = std::min(lines.find('\n', at), lines.size());
        royal_titles.emplace(lines, at, end - at);
    }
    return from_counts(ids, royal_titles);
}

SurnameLinks SurnameLinks::from_ids(const std::vector<std::string>& person_ids) {
    std::vector<std::pair<std::string, std::size_t>> ids;
    for (const std::string& id : person_ids) {
        ids.emplace_back(id, 1);
    }
    return from_counts(ids);
}

SurnameLinks SurnameLinks::from_counts(
    const std::vector<std::pair<std::string, std::size_t>>& person_ids,
    const std::unordered_set<std::string>& royal_titles) {
    // Per word of the full names (two or more words): how many full names end with it (one of
    // them kept), and the articles of the full names that end and that start with it. The keys
    // view the ids of `person_ids`, which outlive the maps.
    struct WordUse {
        std::size_t full_names = 0;  // ending with the word
        const std::string* full_name = nullptr;
        std::size_t as_last = 0, as_first = 0;  // articles
    };
    std::unordered_map<std::string_view, WordUse> words;
    std::unordered_set<std::string_view> one_word;
    words.reserve(person_ids.size());
    for (const auto& [id, articles] : person_ids) {
        const std::size_t last_dash = id.rfind('-');
        if (last_dash == std::string::npos) {
            one_word.insert(id);
            continue;
        }
        if (royal_titles.count(id.substr(0, id.find('-'))) != 0) {
            continue;  // "king-baudouin": neither a surname's full name nor a given name's
        }
        WordUse& last = words[std::string_view(id).substr(last_dash + 1)];
        ++last.full_names;
        last.full_name = &id;
        last.as_last += articles;
        words[std::string_view(id).substr(0, id.find('-'))].as_first += articles;
    }
    const auto use_of = [&](std::string_view word) -> const WordUse* {
        const auto found = words.find(word);
        return found == words.end() ? nullptr : &found->second;
    };
    // A word people of the index have as a given name more than as a surname ("karl" of
    // "karl-otto-poehl", beside one "stuart-karl") is not known to be a surname; a word seen
    // first in a stray name ("thatcher-conservative") beside a surname of 47 articles is one.
    const auto given_name = [](const WordUse* use) {
        return use != nullptr && use->as_first != 0 && use->as_first >= use->as_last;
    };
    // The one full name of a surname, or null when the index has none or several.
    const auto sole_full_name = [](const WordUse* use) -> const std::string* {
        return use != nullptr && use->full_names == 1 ? use->full_name : nullptr;
    };
    SurnameLinks links;
    for (const std::string_view id : one_word) {
        const WordUse* use = use_of(id);
        if (given_name(use)) {
            continue;
        }
        if (use != nullptr && use->full_names != 0) {
            if (const std::string* full = sole_full_name(use)) {
                links.target_[std::string(id)] = *full;
            }
            continue;  // a surname of several people ("baker") stays itself
        }
        // A plural ("reagans") is the singular's person when the index has the singular as a
        // person and never the plural as a surname ("jones" of "tom-jones" is no plural).
        const std::string singular = singular_surname(std::string(id));
        if (singular.empty()) {
            continue;
        }
        const WordUse* singular_use = use_of(singular);
        if (given_name(singular_use)) {
            continue;
        }
        if (const std::string* full = sole_full_name(singular_use)) {
            links.target_[std::string(id)] = *full;
        } else if (one_word.count(singular) != 0) {
            links.target_[std::string(id)] = singular;  // which itself stays unlinked
        }
    }
    return links;
}

const std::string& SurnameLinks::target(const std::string& id) const {
    const auto found = target_.find(id);
    return found == target_.end() ? id : found->second;
}

std::vector<std::string> SurnameLinks::linked_to(const std::string& id) const {
    std::vector<std::string> ids;
    for (const auto& [linked, target] : target_) {
        if (target == id) {
            ids.push_back(linked);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace mss
