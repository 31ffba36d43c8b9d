#!/usr/bin/env python3
"""Bounded load test of mss-serve on loopback: CLIENTS threads, each on its own keep-alive
connection, send GET /search for the queries of a query file in turn until REQUESTS requests are
done; prints requests/s, p50/p99 latency and the failed requests. A request fails when the status
is not 200, the body is not the JSON of a search (schema 1), or its total differs from the total
the same query had before the load began (the oracle: the index's articles do not change while a
rebuild of the same sources runs).

Optionally (--rebuild-index DIR --rebuild-source FILE) runs `mss-index --rebuild` on the index
in a loop while the load runs, and reports how many rebuilds finished. With --cli BIN it also
times the same queries as whole `mss-search --json` processes, one at a time: the peer.

Usage: serve_load.py URL QUERIES.tsv [--clients 8] [--requests 4000] [--queries 200] ..."""
import argparse
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def search(connection, query):
    connection.request("GET", "/search?limit=10&q=" + urllib.parse.quote(query, safe=""))
    response = connection.getresponse()
    return response.status, response.read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("queries")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--queries-used", type=int, default=200)
    parser.add_argument("--rebuild-index")
    parser.add_argument("--rebuild-source")
    parser.add_argument("--mss-index", default="mss-index")
    parser.add_argument("--cli", help="mss-search binary, timed on the same queries as the peer")
    parser.add_argument("--cli-index")
    options = parser.parse_args()

    with open(options.queries, encoding="utf-8") as f:
        queries = [line.rstrip("\n").split("\t", 1)[1] for line in f if "\t" in line]
    queries = queries[: options.queries_used]
    address = urllib.parse.urlsplit(options.url)

    def connect():
        return http.client.HTTPConnection(address.hostname, address.port, timeout=60)

    # The oracle: each query's total before any load or rebuild.
    expected = {}
    connection = connect()
    for query in queries:
        status, body = search(connection, query)
        if status != 200:
            sys.exit(f"before the load, {query!r} answered {status}: {body[:200]!r}")
        expected[query] = json.loads(body)["total"]
    connection.close()

    stop_rebuilding = threading.Event()
    rebuilds = []

    def rebuild_loop():
        while not stop_rebuilding.is_set():
            run = subprocess.run([options.mss_index, "--quiet", "--rebuild", "--index",
                                  options.rebuild_index, options.rebuild_source],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            rebuilds.append((run.returncode, time.perf_counter()))

    latencies, failures, finished = [], [], []
    published_at, answered_after = [], [0]
    lock = threading.Lock()
    next_request = [0]

    def client():
        connection = connect()
        while True:
            with lock:
                n = next_request[0]
                # With rebuilds, the load goes on (up to 20 times as long) until one has been
                # published and a quarter of the requests were answered after it, so that
                # requests are answered before, during and after the swap.
                if rebuilds and not published_at:
                    published_at.append(rebuilds[0][1])
                after = answered_after[0]
                rebuilding = (options.rebuild_index and after < options.requests // 4 and
                              n < 20 * options.requests)
                if n >= options.requests and not rebuilding:
                    break
                next_request[0] += 1
            query = queries[n % len(queries)]
            start = time.perf_counter()
            try:
                status, body = search(connection, query)
                elapsed = time.perf_counter() - start
                result = json.loads(body) if status == 200 else None
                if status != 200 or result.get("schema") != 1 or result["total"] != expected[query]:
                    why = f"{query!r}: status {status}" + (
                        f", total {result['total']} not {expected[query]}" if result else f" {body[:120]!r}")
                    with lock:
                        failures.append(why)
                with lock:
                    latencies.append(elapsed)
                    finished.append(time.perf_counter())
                    if published_at and finished[-1] > published_at[0]:
                        answered_after[0] += 1
            except (OSError, http.client.HTTPException, ValueError) as error:
                with lock:
                    failures.append(f"{query!r}: {error}")
                connection.close()
                connection = connect()
        connection.close()

    rebuilder = None
    if options.rebuild_index:
        rebuilder = threading.Thread(target=rebuild_loop)
        rebuilder.start()
    threads = [threading.Thread(target=client) for _ in range(options.clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    if rebuilder:
        stop_rebuilding.set()
        rebuilder.join()

    print(f"mss-serve: {options.clients} clients, {len(latencies) + len(failures)} "
          f"requests in {wall:.1f} s: {len(latencies) / wall:.0f} requests/s, "
          f"p50 {1000 * percentile(latencies, 0.5):.1f} ms, p99 {1000 * percentile(latencies, 0.99):.1f} ms, "
          f"{len(failures)} failed")
    if rebuilder:
        published = [at for code, at in rebuilds if code == 0]
        after = sum(1 for at in finished if published and at > published[0])
        print(f"rebuilds: {len(rebuilds)} ({len(published)} finished with status 0); "
              f"requests answered after the first was published: {after}")
        if not published or after == 0:
            failures.append("no rebuild was published while the load ran")
    for failure in failures[:10]:
        print("failed:", failure)

    if options.cli:
        times = []
        for query in queries:
            start = time.perf_counter()
            subprocess.run([options.cli, "--index", options.cli_index, "--json", "-n", "10", "--", query],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        print(f"mss-search --json (one process per query, one at a time): {len(times)} queries, "
              f"{len(times) / sum(times):.0f} queries/s, p50 {1000 * statistics.median(times):.1f} ms, "
              f"p99 {1000 * percentile(times, 0.99):.1f} ms")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
