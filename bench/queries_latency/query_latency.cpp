// Times mss::Searcher::search in-process, one query per input line, facets on (as --json
// does), and prints p50/p90/p99/max latency in milliseconds. Built and run by ./run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <mss/error.h>
#include <mss/search.h>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: query_latency INDEX QUERIES_FILE NOW\n";
        return 2;
    }
    mss::Searcher searcher(argv[1]);
    std::ifstream in(argv[2]);
    std::vector<std::string> queries;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) {
            queries.push_back(line);
        }
    }
    std::vector<double> millis;
    std::size_t failed = 0, empty = 0;
    for (int pass = 0; pass < 2; ++pass) {  // pass 0 warms the page cache and is not counted
        for (const std::string& query : queries) {
            mss::SearchRequest request;
            request.text = query;
            request.facets = true;
            request.now = argv[3];
            const auto start = std::chrono::steady_clock::now();
            try {
                const auto result = searcher.search(request);
                empty += pass == 1 && result.hits.empty();
            } catch (const mss::Error& e) {
                failed += pass == 1;
                if (pass == 1) {
                    std::cerr << "query failed: " << query << ": " << e.what() << '\n';
                }
            }
            const std::chrono::duration<double, std::milli> took =
                std::chrono::steady_clock::now() - start;
            if (pass == 1) {
                millis.push_back(took.count());
            }
        }
    }
    std::sort(millis.begin(), millis.end());
    auto percentile = [&](double p) {
        return millis[std::min(millis.size() - 1, static_cast<std::size_t>(p * millis.size()))];
    };
    std::printf("queries %zu  no-hit %zu  failed %zu\n", millis.size(), empty, failed);
    std::printf("p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms\n", percentile(0.50),
                percentile(0.90), percentile(0.99), millis.back());
    return failed == 0 ? 0 : 1;
}
