#!/usr/bin/python3
"""Wall time of two mss-search builds on the same index, run alternately, query by query.

Usage:
    bench/entities/ab_latency.py --index DIR --before BIN --after BIN [--runs 30] -- QUERY...

Each QUERY is one mss-search argument string (split on spaces), e.g. "--json --facets -n 0 trade".
Each build runs each query --runs times, the two alternating (and swapping which goes first every
other round), so the load of a shared machine falls on both alike. Prints a Markdown table of the
median and 90th percentile of the wall time, and the median CPU time (user + system, which load
stretches less), in milliseconds, process start included.
"""

import argparse
import resource
import statistics
import subprocess
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", required=True)
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    builds = [("before", args.before), ("after", args.after)]
    print("| query | before wall median / p90, CPU median ms | after wall median / p90, CPU median ms |")
    print("|---|---|---|")
    for query in args.queries:
        times = {name: [] for name, _ in builds}
        cpu = {name: [] for name, _ in builds}
        for run in range(args.runs):
            for name, binary in builds if run % 2 == 0 else reversed(builds):
                used = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run([binary, "--index", args.index] + query.split(),
                               stdout=subprocess.DEVNULL, check=False)
                times[name].append(1000 * (time.perf_counter() - start))
                now = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(1000 * (now.ru_utime - used.ru_utime + now.ru_stime - used.ru_stime))
        cells = []
        for name, _ in builds:
            ordered = sorted(times[name])
            cells.append("%.1f / %.1f, %.1f" % (statistics.median(ordered),
                                                ordered[int(0.9 * (len(ordered) - 1))],
                                                statistics.median(cpu[name])))
        print("| `%s` | %s |" % (query, " | ".join(cells)))


if __name__ == "__main__":
    main()
