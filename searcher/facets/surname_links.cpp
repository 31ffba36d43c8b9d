#include "facets/surname_links.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "schema.h"

namespace mss {
namespace {

// "reagans" -> "reagan"; empty when the word cannot be a plural ("ross", "ms").
std::string singular_of(const std::string& id) {
    if (id.size() > 3 && id.back() == 's' && id[id.size() - 2] != 's') {
        return id.substr(0, id.size() - 1);
    }
    return {};
}

}  // namespace

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
    return from_counts(ids);
}

SurnameLinks SurnameLinks::from_ids(const std::vector<std::string>& person_ids) {
    std::vector<std::pair<std::string, std::size_t>> ids;
    for (const std::string& id : person_ids) {
        ids.emplace_back(id, 1);
    }
    return from_counts(ids);
}

SurnameLinks SurnameLinks::from_counts(
    const std::vector<std::pair<std::string, std::size_t>>& person_ids) {
    // Full names (two or more words) by their last word; the articles of the full names that
    // end and that start with each word.
    std::unordered_map<std::string, std::set<std::string>> full_by_surname;
    std::unordered_map<std::string, std::size_t> as_last, as_first;
    std::unordered_set<std::string> one_word;
    for (const auto& [id, articles] : person_ids) {
        const std::size_t last_dash = id.rfind('-');
        if (last_dash == std::string::npos) {
            one_word.insert(id);
            continue;
        }
        const std::string last = id.substr(last_dash + 1);
        full_by_surname[last].insert(id);
        as_last[last] += articles;
        as_first[id.substr(0, id.find('-'))] += articles;
    }
    // A word people of the index have as a given name more than as a surname ("karl" of
    // "karl-otto-poehl", beside one "stuart-karl") is not known to be a surname; a word seen
    // first in a stray name ("thatcher-conservative") beside a surname of 47 articles is one.
    const auto given_name = [&](const std::string& word) {
        const auto first = as_first.find(word);
        if (first == as_first.end()) {
            return false;
        }
        const auto last = as_last.find(word);
        return last == as_last.end() || first->second >= last->second;
    };
    // The one full name of `surname`, or null when the index has none or several.
    const auto sole_full_name = [&](const std::string& surname) -> const std::string* {
        const auto found = full_by_surname.find(surname);
        return found != full_by_surname.end() && found->second.size() == 1 ? &*found->second.begin()
                                                                           : nullptr;
    };
    SurnameLinks links;
    for (const std::string& id : one_word) {
        if (given_name(id)) {
            continue;
        }
        if (full_by_surname.count(id) != 0) {
            if (const std::string* full = sole_full_name(id)) {
                links.target_[id] = *full;
            }
            continue;  // a surname of several people ("baker") stays itself
        }
        // A plural ("reagans") is the singular's person when the index has the singular as a
        // person and never the plural as a surname ("jones" of "tom-jones" is no plural).
        const std::string singular = singular_of(id);
        if (singular.empty() || given_name(singular)) {
            continue;
        }
        if (const std::string* full = sole_full_name(singular)) {
            links.target_[id] = *full;
        } else if (one_word.count(singular) != 0) {
            links.target_[id] = singular;  // which itself stays unlinked: several full names
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
