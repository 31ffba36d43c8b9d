#!/usr/bin/python3
"""Writes the raw text of articles for the ripgrep baseline: one article per line (title, then
body, newlines folded to spaces), spread over a few shard files so ripgrep can use every core.

Counting matching lines then counts matching articles. Prints {"articles", "text_bytes"} as JSON.
"""

import argparse
import json
import pathlib

from articles import read_articles, text_bytes


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", help="JSON Lines articles")
    parser.add_argument("folder", type=pathlib.Path, help="where the shard files go")
    parser.add_argument("--shards", type=int, default=4)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    shards = [open(args.folder / f"shard-{n:02d}.txt", "w", encoding="utf-8")
              for n in range(args.shards)]
    count = total_bytes = 0
    for article in read_articles(args.articles):
        line = " ".join((article.get("title", "") + " " + article.get("body", "")).split())
        shards[count % args.shards].write(line + "\n")
        count += 1
        total_bytes += text_bytes(article)
    for shard in shards:
        shard.close()
    print(json.dumps({"articles": count, "text_bytes": total_bytes}))


if __name__ == "__main__":
    main()
