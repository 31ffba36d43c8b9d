#include "stories/story_clusters.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "stable_hash.h"

namespace mss {
std::string single_article_story(const std::string& article_id) {
    return hash_hex(stable_hash(article_id, stable_hash("story\n")));
}

std::uint32_t StoryClusters::find(std::uint32_t article) {
    while (parent_[article] != article) {
        parent_[article] = parent_[parent_[article]];
        article = parent_[article];
    }
    return article;
}

void CandidateTable::insert(const std::array<std::uint64_t, kCandidateKeys>& keys,
                            std::uint32_t article) {
    const auto first = static_cast<std::uint32_t>(next_.size());
    article_.push_back(article);
    next_.resize(next_.size() + kCandidateKeys, kNone);
    for (std::size_t k = 0; k < kCandidateKeys; ++k) {
        if (keys[k] == 0) {
            continue;
        }
        const auto entry = first + static_cast<std::uint32_t>(k);
        auto [head, inserted] = head_.try_emplace(keys[k], entry);
        if (!inserted) {
            next_[entry] = head->second;
            head->second = entry;
        }
    }
}

ShingleFingerprint StoryClusters::fingerprint(std::uint32_t article) const {
    ShingleFingerprint fingerprint;
    fingerprint.shingles = shingles_[article];
    fingerprint.lead = leads_[article];
    fingerprint.minima = minima_.read(article);
    return fingerprint;
}

void StoryClusters::join_if_copies(std::uint32_t a, const ShingleFingerprint& of_a,
                                   std::uint32_t b) {
    if (find(a) != find(b) && are_copies(of_a, fingerprint(b))) {
        parent_[find(b)] = find(a);
    }
}

void StoryClusters::add(const std::string& article_id, const ShingleFingerprint& fingerprint,
                        const std::string& carried_story, bool compared) {
    const std::size_t id_hash = std::hash<std::string>{}(article_id);
    for (auto [it, end] = numbers_.equal_range(id_hash); it != end; ++it) {
        if (ids_[it->second] == article_id) {
            return;
        }
    }
    const auto number = static_cast<std::uint32_t>(ids_.size());
    numbers_.emplace(id_hash, number);
    ids_.push_back(article_id);
    carried_.push_back(carried_story);
    minima_.append(fingerprint.minima);
    shingles_.push_back(static_cast<std::uint32_t>(fingerprint.shingles));
    leads_.push_back(fingerprint.lead);
    parent_.push_back(number);
    compared_.push_back(compared && !carried_story.empty());
    if (fingerprint.shingles == 0 || compared_.back()) {
        return;  // no words: a story of its own; compared: see compare_compared_articles()
    }
    // The article's own keys never meet one another (candidate_keys()), so it is filed after
    // its comparisons.
    const auto keys = candidate_keys(fingerprint);
    for (const std::uint64_t key : keys) {
        fresh_.visit(key, [&](std::uint32_t other) { join_if_copies(number, fingerprint, other); });
    }
    fresh_.insert(keys, number);
}

void StoryClusters::compare_compared_articles() {
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_story;
    for (std::uint32_t article = 0; article < ids_.size(); ++article) {
        if (!compared_[article] || shingles_[article] == 0) {
            continue;
        }
        const ShingleFingerprint of_article = fingerprint(article);
        for (const std::uint64_t key : candidate_keys(of_article)) {
            fresh_.visit(key,
                         [&](std::uint32_t other) { join_if_copies(article, of_article, other); });
        }
        by_story[carried_[article]].push_back(article);
    }
    for (const auto& [story, members] : by_story) {
        if (members.size() < 2) {
            continue;
        }
        CandidateTable within;
        for (const std::uint32_t member : members) {
            const ShingleFingerprint of_member = fingerprint(member);
            const auto keys = candidate_keys(of_member);
            for (const std::uint64_t key : keys) {
                within.visit(
                    key, [&](std::uint32_t other) { join_if_copies(member, of_member, other); });
            }
            within.insert(keys, member);
        }
    }
}

std::unordered_map<std::string, std::string> StoryClusters::assign() {
    compare_compared_articles();
    // Only the ids and the union-find are read from here on.
    fresh_ = CandidateTable();
    numbers_ = {};
    shingles_ = {};
    leads_ = {};
    compared_ = {};
    std::map<std::uint32_t, std::vector<std::uint32_t>> groups;
    for (std::uint32_t article = 0; article < ids_.size(); ++article) {
        groups[find(article)].push_back(article);
    }
    struct Group {
        std::vector<std::pair<std::size_t, std::string>> carried;  // (articles, id), most first
        std::string smallest_id;
        const std::vector<std::uint32_t>* members;
    };
    std::vector<Group> ordered;
    for (const auto& [root, members] : groups) {
        std::map<std::string, std::size_t> counts;
        Group group{{}, ids_[members.front()], &members};
        for (const std::uint32_t member : members) {
            if (!carried_[member].empty()) {
                ++counts[carried_[member]];
            }
            group.smallest_id = std::min(group.smallest_id, ids_[member]);
        }
        for (const auto& [story, count] : counts) {
            group.carried.emplace_back(count, story);
        }
        std::sort(group.carried.begin(), group.carried.end(), [](const auto& a, const auto& b) {
            return std::tie(b.first, a.second) < std::tie(a.first, b.second);
        });
        ordered.push_back(std::move(group));
    }
    // Groups with more articles carrying an id choose first, so when a story is split the larger
    // part keeps its id; the order is a function of the groups alone, not of the order of adding.
    const auto strength = [](const Group& group) {
        return group.carried.empty() ? std::size_t{0} : group.carried.front().first;
    };
    std::sort(ordered.begin(), ordered.end(), [&](const Group& a, const Group& b) {
        return std::make_pair(strength(b), a.smallest_id) <
               std::make_pair(strength(a), b.smallest_id);
    });
    std::set<std::string> taken;
    std::unordered_map<std::string, std::string> stories;
    stories.reserve(ids_.size());
    for (const Group& group : ordered) {
        std::string story;
        for (const auto& [count, carried] : group.carried) {
            if (taken.count(carried) == 0) {
                story = carried;
                break;
            }
        }
        if (story.empty()) {
            story = single_article_story(group.smallest_id);
            for (int attempt = 1; taken.count(story) != 0; ++attempt) {
                story = single_article_story(group.smallest_id + "#" + std::to_string(attempt));
            }
        }
        taken.insert(story);
        for (const std::uint32_t member : *group.members) {
            stories.emplace(ids_[member], story);
        }
    }
    return stories;
}

}  // namespace mss
