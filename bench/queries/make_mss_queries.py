#!/usr/bin/python3
"""Draws the mss-search-only query set from Reuters: field filters and date ranges, alone and
with a word, as LABEL<TAB>QUERY lines. Peers have no such fields, so these are reported apart.

Filter values come from the editors' tags in gold.jsonl (only to choose realistic values; the
file is never indexed), words and months from the articles. The syntax is mss-search's:
country:TAG, person:TAG, date:YYYY-MM and date:YYYY-MM-DD..YYYY-MM-DD.
"""

import argparse
import json
import random
import re
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "corpus"))
from articles import read_articles  # noqa: E402
from query_set_arguments import add_query_set_arguments  # noqa: E402

# Shares of each kind: 120 queries in all.
MIX = (("country", 3), ("country_word", 3), ("person", 2), ("month_word", 2), ("date_range", 2))


def read_gold(path):
    with open(path, encoding="utf-8") as lines:
        return {entry["id"]: entry for entry in map(json.loads, lines)}


def body_word(rng, article):
    words = [w.lower() for w in re.findall(r"[A-Za-z]{5,}", article.get("body", ""))]
    return rng.choice(words) if words else None


def draw(kind, rng, articles, gold):
    article = rng.choice(articles)
    tags = gold.get(article["id"], {})
    if kind in ("country", "country_word") and tags.get("places"):
        place = rng.choice(tags["places"])
        word = body_word(rng, article) if kind == "country_word" else ""
        return f"country:{place} {word}".strip() if word is not None else None
    if kind == "person" and tags.get("people"):
        return f"person:{rng.choice(tags['people'])}"
    if kind == "month_word" and article.get("date"):
        word = body_word(rng, article)
        return f"date:{article['date'][:7]} {word}" if word else None
    if kind == "date_range" and article.get("date"):
        day = article["date"]
        return f"date:{day[:8]}01..{day}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", help="reuters21578/articles.jsonl")
    parser.add_argument("gold", help="reuters21578/gold.jsonl")
    add_query_set_arguments(parser, 120)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    articles, gold = list(read_articles(args.articles)), read_gold(args.gold)
    total_share = sum(share for _, share in MIX)
    queries, seen = [], set()
    for kind, share in MIX:
        wanted = round(args.count * share / total_share)
        picked = 0
        for _ in range(wanted * 50):
            query = draw(kind, rng, articles, gold)
            if query and query not in seen:
                seen.add(query)
                queries.append((kind, query))
                picked += 1
                if picked == wanted:
                    break
    rng.shuffle(queries)
    for kind, query in queries:
        args.out.write(f"{kind}\t{query}\n")


if __name__ == "__main__":
    main()
