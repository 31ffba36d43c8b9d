// Percentiles of per-query latencies, computed the same way for every peer.
#pragma once

#include <cstddef>
#include <vector>

namespace mss_bench {

struct LatencySummary {
    std::size_t count = 0;
    double mean_ms = 0;
    double p50_ms = 0;
    double p95_ms = 0;
    double p99_ms = 0;
    double max_ms = 0;
};

// Nearest-rank percentiles (no interpolation), so every figure is a latency that was measured.
LatencySummary summarise_latencies(std::vector<double> latencies_ms);

}  // namespace mss_bench
