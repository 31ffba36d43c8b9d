#!/usr/bin/env python3
"""What an incremental mss-index run costs when little or nothing changed.

Builds an index of ARTICLES.jsonl (copied into a scratch folder, so the corpus is never written),
then times, ROUNDS times each:

  no change   the same file again: every article unchanged;
  1% change   a copy in which every 100th article has one sentence added to its body, run over
              the index of the original (so 1% of the articles are updated), then the index is
              put back by running the original again (not timed).

Prints wall and user+system CPU seconds of each run (the child's rusage) and the median.

Usage: incremental_cost.py MSS_INDEX ARTICLES.jsonl [--rounds 5] [--work DIR]
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def timed(command):
    before = os.times()
    start = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.monotonic() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system -
                                                          before.children_system)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mss_index")
    parser.add_argument("articles")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work")
    args = parser.parse_args()

    work = pathlib.Path(args.work or tempfile.mkdtemp(prefix="mss-incremental-"))
    source = work / "articles.jsonl"
    changed = work / "changed" / "articles.jsonl"
    index = work / "index"
    changed.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.articles, source)
    lines = source.read_text(encoding="utf-8").splitlines()
    with open(changed, "w", encoding="utf-8") as out:
        for number, line in enumerate(lines):
            article = json.loads(line)
            if number % 100 == 0:
                article["body"] = article.get("body", "") + "\nThis sentence was added later."
            out.write(json.dumps(article) + "\n")
    # The changed copy stands at the original's path for the run, so its ids and root are the same.
    original = work / "original.jsonl"
    shutil.copyfile(source, original)

    run = [args.mss_index, "--quiet", "--index", str(index), str(source)]
    shutil.rmtree(index, ignore_errors=True)
    build = timed(run)
    print("build: %.2f s wall, %.2f s CPU" % build)
    results = {"no change": [], "1% change": []}
    for _ in range(args.rounds):
        results["no change"].append(timed(run))
        shutil.copyfile(changed, source)
        results["1% change"].append(timed(run))
        shutil.copyfile(original, source)
        timed(run)
    for name, runs in results.items():
        walls = ", ".join("%.2f" % wall for wall, _ in runs)
        print("%s: wall %s (median %.2f s); CPU median %.2f s" %
              (name, walls, statistics.median(w for w, _ in runs),
               statistics.median(c for _, c in runs)))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
