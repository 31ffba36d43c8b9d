#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "numbered_words.h"
#include "stories/story_clusters.h"

namespace {

using mss::testing::numbered_words;

struct Input {
    std::string id;
    std::string body;
    std::string carried;
};

std::unordered_map<std::string, std::string> assign(const std::vector<Input>& inputs) {
    mss::StoryClusters clusters;
    for (const Input& input : inputs) {
        clusters.add(input.id, mss::fingerprint_text("", input.body), input.carried);
    }
    return clusters.assign();
}

// Two stories, each with near-copies (a cut and a one-word change), and an unrelated article.
const std::string kStoryA = numbered_words(0, 200);
const std::string kStoryB = numbered_words(5000, 200);
std::string with_word_changed(std::string text) {
    text.replace(text.find("w100 "), 5, "other ");
    return text;
}

}  // namespace

TEST_CASE("copies share a story and different stories do not", "[stories]") {
    const auto stories = assign({{"a1", kStoryA, ""},
                                 {"a2", with_word_changed(kStoryA), ""},
                                 {"a3", kStoryA.substr(0, kStoryA.size() * 8 / 10), ""},
                                 {"b1", kStoryB, ""},
                                 {"c1", numbered_words(9000, 200), ""}});
    CHECK(stories.at("a1") == stories.at("a2"));
    CHECK(stories.at("a1") == stories.at("a3"));
    CHECK(stories.at("a1") != stories.at("b1"));
    CHECK(stories.at("b1") != stories.at("c1"));
    CHECK(stories.at("c1") == mss::single_article_story("c1"));
}

TEST_CASE("story ids do not depend on the order articles are added in", "[stories]") {
    std::vector<Input> inputs = {{"a1", kStoryA, ""},
                                 {"a2", with_word_changed(kStoryA), ""},
                                 {"b1", kStoryB, ""},
                                 {"b2", kStoryB, ""}};
    const auto forward = assign(inputs);
    std::reverse(inputs.begin(), inputs.end());
    CHECK(assign(inputs) == forward);
    CHECK(forward.at("a1") == mss::single_article_story("a1"));  // the smallest id names it
}

TEST_CASE("a new copy joins the story its copies carry", "[stories]") {
    const auto stories =
        assign({{"new", kStoryA, ""}, {"a1", kStoryA, "S1"}, {"a2", kStoryA, "S1"}});
    CHECK(stories.at("new") == "S1");
}

TEST_CASE("deleting the first article neither renames nor splits the rest", "[stories]") {
    // a1 named the story; it is gone, a2 and a3 still carry its id.
    const std::string id = mss::single_article_story("a1");
    const auto stories = assign({{"a2", kStoryA, id}, {"a3", with_word_changed(kStoryA), id}});
    CHECK(stories.at("a2") == id);
    CHECK(stories.at("a3") == id);
}

TEST_CASE("when a story splits, the larger part keeps its id", "[stories]") {
    // a3 was a copy, then was rewritten into another text: it leaves the story.
    const auto stories =
        assign({{"a3", kStoryB, "S1"}, {"a1", kStoryA, "S1"}, {"a2", kStoryA, "S1"}});
    CHECK(stories.at("a1") == "S1");
    CHECK(stories.at("a3") != "S1");
}

TEST_CASE("an id added twice is counted once", "[stories]") {
    mss::StoryClusters clusters;
    clusters.add("a1", mss::fingerprint_text("", kStoryA), "");
    clusters.add("a1", mss::fingerprint_text("", kStoryB), "");
    CHECK(clusters.size() == 1);
}

namespace {

std::unordered_map<std::string, std::string> assign_compared(const std::vector<Input>& compared,
                                                             const std::vector<Input>& fresh) {
    mss::StoryClusters clusters;
    for (const Input& input : compared) {
        clusters.add(input.id, mss::fingerprint_text("", input.body), input.carried, true);
    }
    for (const Input& input : fresh) {
        clusters.add(input.id, mss::fingerprint_text("", input.body), input.carried);
    }
    return clusters.assign();
}

}  // namespace

TEST_CASE("articles compared before get the stories that comparing every pair gives", "[stories]") {
    // Overlapping windows of several word sequences: runs of copies, cut copies and strangers.
    std::vector<Input> first;
    for (int story = 0; story < 6; ++story) {
        for (int copy = 0; copy < 4; ++copy) {
            first.push_back({"s" + std::to_string(story) + "c" + std::to_string(copy),
                             numbered_words(story * 1000 + copy * 25, 200 - copy * 30), ""});
        }
    }
    const auto before = assign(first);
    // The next run: the stored stories are carried; two articles changed, three are new.
    std::vector<Input> kept, fresh;
    for (const Input& input : first) {
        kept.push_back({input.id, input.body, before.at(input.id)});
    }
    fresh.push_back({kept[1].id, numbered_words(20000, 200), kept[1].carried});  // rewritten
    fresh.push_back({kept[9].id, numbered_words(1000 + 10, 180), kept[9].carried});
    kept.erase(kept.begin() + 9);
    kept.erase(kept.begin() + 1);
    fresh.push_back({"n1", numbered_words(3000 + 5, 190), ""});
    fresh.push_back({"n2", numbered_words(7000, 200), ""});
    fresh.push_back(
        {"n3", numbered_words(0, 200) + numbered_words(4000, 200), ""});  // holds stories 0 and 4

    std::vector<Input> all = kept;
    all.insert(all.end(), fresh.begin(), fresh.end());
    const auto oracle = assign(all);  // every pair compared
    CHECK(assign_compared(kept, fresh) == oracle);
    CHECK(oracle.at("n1") == before.at("s3c0"));
    CHECK(oracle.at("s0c0") == oracle.at("s4c0"));
}

TEST_CASE("a story compared before splits when the copy between its halves is deleted",
          "[stories]") {
    // b is a copy of a and of c, which are not copies of each other.
    const std::string a = numbered_words(0, 200), b = numbered_words(30, 200),
                      c = numbered_words(60, 200);
    const auto joined = assign({{"a", a, ""}, {"b", b, ""}, {"c", c, ""}});
    REQUIRE(joined.at("a") == joined.at("c"));
    const std::string story = joined.at("a");
    const auto after = assign_compared({{"a", a, story}, {"c", c, story}}, {});
    CHECK(after.at("a") != after.at("c"));
    CHECK((after.at("a") == story || after.at("c") == story));
}

TEST_CASE("a candidate table finds each article under every key it was filed with, none under 0",
          "[stories]") {
    std::array<std::uint64_t, mss::kCandidateKeys> first{};
    std::array<std::uint64_t, mss::kCandidateKeys> second{};
    for (std::size_t k = 0; k < mss::kCandidateKeys; ++k) {
        first[k] = 1000 + k;
        second[k] = k % 2 == 0 ? 1000 + k : 2000 + k;  // shares the even keys with `first`
    }
    second[mss::kCandidateKeys - 1] = 0;  // no lead
    mss::CandidateTable table;
    table.insert(first, 7);
    table.insert(second, 9);
    const auto filed = [&](std::uint64_t key) {
        std::vector<std::uint32_t> articles;
        table.visit(key, [&](std::uint32_t article) { articles.push_back(article); });
        return articles;
    };
    for (std::size_t k = 0; k + 1 < mss::kCandidateKeys; ++k) {
        if (k % 2 == 0) {
            CHECK(filed(1000 + k) == std::vector<std::uint32_t>{9, 7});  // the latest first
        } else {
            CHECK(filed(1000 + k) == std::vector<std::uint32_t>{7});
            CHECK(filed(2000 + k) == std::vector<std::uint32_t>{9});
        }
    }
    CHECK(filed(1000 + mss::kCandidateKeys - 1) == std::vector<std::uint32_t>{7});
    CHECK(filed(0).empty());
    CHECK(filed(5).empty());
}
