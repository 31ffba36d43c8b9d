"""Latency percentiles, computed as the C++ peers compute them (bench/peers/latency_summary.cpp):
nearest rank, no interpolation, so every figure is a latency that was measured."""

import math


def summarise(latencies_ms):
    ordered = sorted(latencies_ms)
    if not ordered:
        return {"queries": 0}

    def nearest_rank(percentile):
        rank = math.ceil(percentile / 100.0 * len(ordered))
        return ordered[min(max(rank, 1), len(ordered)) - 1]

    return {"queries": len(ordered), "mean_ms": sum(ordered) / len(ordered),
            "p50_ms": nearest_rank(50), "p95_ms": nearest_rank(95), "p99_ms": nearest_rank(99),
            "max_ms": ordered[-1]}
