#include "latency_summary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mss_bench {
namespace {

double nearest_rank(const std::vector<double>& sorted, double percentile) {
    const auto rank = static_cast<std::size_t>(std::ceil(percentile / 100.0 * sorted.size()));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

LatencySummary summarise_latencies(std::vector<double> latencies_ms) {
    LatencySummary summary;
    if (latencies_ms.empty()) {
        return summary;
    }
    std::sort(latencies_ms.begin(), latencies_ms.end());
    summary.count = latencies_ms.size();
    summary.mean_ms =
        std::accumulate(latencies_ms.begin(), latencies_ms.end(), 0.0) / latencies_ms.size();
    summary.p50_ms = nearest_rank(latencies_ms, 50);
    summary.p95_ms = nearest_rank(latencies_ms, 95);
    summary.p99_ms = nearest_rank(latencies_ms, 99);
    summary.max_ms = latencies_ms.back();
    return summary;
}

}  // namespace mss_bench
