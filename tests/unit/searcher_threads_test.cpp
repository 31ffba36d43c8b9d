#include <catch2/catch.hpp>

#include <thread>

#include <mss/json.h>
#include <mss/search.h>

#include "seed_index.h"

TEST_CASE("threads with a searcher each get the results one thread gets", "[searcher]") {
    const mss::testing::SeedIndex index;
    const std::vector<std::string> queries = {"Murkomen contingent", "Cherizier",
                                              "\"National Police Service\" deployed", "Haiti"};
    std::vector<std::string> expected;
    {
        mss::Searcher searcher(index.path());
        for (const auto& query : queries) {
            expected.push_back(mss::to_json(searcher.search(query)));
        }
    }
    constexpr int kThreads = 4;
    constexpr int kRounds = 25;
    std::vector<int> mismatches(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            mss::Searcher searcher(index.path());
            for (int round = 0; round < kRounds; ++round) {
                const std::size_t q = static_cast<std::size_t>(round + t) % queries.size();
                mismatches[static_cast<std::size_t>(t)] +=
                    mss::to_json(searcher.search(queries[q])) != expected[q];
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    CHECK(mismatches == std::vector<int>(kThreads, 0));
}
