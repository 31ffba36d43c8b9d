#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "numbered_words.h"
#include "scratch_folder.h"
#include "stories/story_plan.h"

namespace {

using mss::testing::numbered_words;

// Three copies of each story (the original, one cut by its last ten words, one with its headline
// changed), over more articles than one fingerprinting batch holds (1,024), so batches meet
// copies of one story split between them.
constexpr int kStories = 400;
std::string copies_file() {
    std::string lines;
    for (int story = 0; story < kStories; ++story) {
        const std::string body = numbered_words(story * 1000, 80);
        const std::string cut = numbered_words(story * 1000, 70);
        for (int copy = 0; copy < 3; ++copy) {
            lines += "{\"id\":\"s" + std::to_string(story) + "c" + std::to_string(copy) +
                     "\",\"title\":\"Story " + std::to_string(story + copy * kStories) +
                     "\",\"body\":\"" + (copy == 1 ? cut : body) + "\"}\n";
        }
    }
    return lines;
}

}  // namespace

TEST_CASE("the story plan is the same on one thread and on several, copies in one story",
          "[stories]") {
    ScratchFolder folder;
    const std::string file = folder.write("copies.jsonl", copies_file()).string();
    const auto one = mss::plan_stories({file}, {}, {}, 1, nullptr).story_of;
    const auto three = mss::plan_stories({file}, {}, {}, 3, nullptr).story_of;
    REQUIRE(one.size() == 3 * kStories);
    CHECK(three == one);
    std::vector<std::string> seen;
    for (int story = 0; story < kStories; ++story) {
        const std::string id = one.at("s" + std::to_string(story) + "c0");
        CHECK(one.at("s" + std::to_string(story) + "c1") == id);
        CHECK(one.at("s" + std::to_string(story) + "c2") == id);
        seen.push_back(id);
    }
    std::sort(seen.begin(), seen.end());
    CHECK(std::unique(seen.begin(), seen.end()) == seen.end());
}
