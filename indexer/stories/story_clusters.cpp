#include "stories/story_clusters.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "stable_hash.h"

namespace mss {
namespace {

constexpr std::uint32_t kNoEntry = 0xffffffffu;

}  // namespace

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

void StoryClusters::add(const std::string& article_id, const ShingleFingerprint& fingerprint,
                        const std::string& carried_story) {
    if (numbers_.count(article_id) != 0) {
        return;
    }
    const auto number = static_cast<std::uint32_t>(ids_.size());
    numbers_.emplace(article_id, number);
    ids_.push_back(article_id);
    carried_.push_back(carried_story);
    fingerprints_.push_back(fingerprint);
    parent_.push_back(number);
    band_next_.resize(band_next_.size() + kFingerprintBands, kNoEntry);
    if (fingerprint.shingles == 0) {
        return;  // no words: a story of its own
    }
    const auto keys = band_keys(fingerprint);
    for (std::size_t band = 0; band < kFingerprintBands; ++band) {
        const std::uint32_t entry = number * kFingerprintBands + static_cast<std::uint32_t>(band);
        auto [head, inserted] = band_head_.try_emplace(keys[band], entry);
        if (inserted) {
            continue;
        }
        for (std::uint32_t other = head->second; other != kNoEntry; other = band_next_[other]) {
            const std::uint32_t candidate = other / kFingerprintBands;
            if (find(candidate) != find(number) &&
                are_copies(fingerprint, fingerprints_[candidate])) {
                parent_[find(candidate)] = find(number);
            }
        }
        band_next_[entry] = head->second;
        head->second = entry;
    }
}

std::unordered_map<std::string, std::string> StoryClusters::assign() {
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
