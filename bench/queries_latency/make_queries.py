#!/usr/bin/env python3
"""Draws a varied, reproducible query set from a JSON Lines corpus (same seed, same queries):
words across document frequencies, word pairs, phrases, prefixes, title: words, OR and NOT,
date ranges alone and with words, and misspelt words. One query per line on stdout."""
import collections
import json
import random
import re
import sys

WORD = re.compile(r"[A-Za-z]{4,}")


def main(path, seed, count_per_kind):
    rng = random.Random(seed)
    articles = [json.loads(line) for line in open(path, encoding="utf-8")]
    df = collections.Counter()
    for a in articles:
        df.update({w.lower() for w in WORD.findall(a["title"] + " " + a["body"])})
    words = sorted(w for w, n in df.items() if n >= 3)
    by_freq = sorted(words, key=lambda w: (df[w], w))
    dates = sorted({a["date"] for a in articles if a.get("date")})
    n = count_per_kind
    pick = lambda seq: seq[rng.randrange(len(seq))]
    queries = []
    for i in range(n):  # single words spread over frequency
        queries.append(by_freq[i * (len(by_freq) - 1) // (n - 1)])
    for _ in range(n):
        queries.append(f"{pick(words)} {pick(words)}")
    for _ in range(n):  # phrases taken from the text
        a = pick(articles)
        tokens = WORD.findall(a["body"])
        if len(tokens) > 3:
            start = rng.randrange(len(tokens) - 2)
            queries.append('"' + " ".join(tokens[start:start + 2]) + '"')
    for _ in range(n // 2):
        queries.append(pick(words)[:4] + "*")
        queries.append("title:" + pick(words))
        queries.append(f"{pick(words)} OR {pick(words)}")
        queries.append(f"{pick(words)} -{pick(words)}")
    for _ in range(n // 2):
        d1, d2 = sorted((pick(dates), pick(dates)))
        queries.append(f"date:{d1}..{d2}")
        queries.append(f"{pick(words)} date:{pick(dates)[:7]}")
    for _ in range(n // 2):  # one letter changed: exercises the spelling suggester
        w = pick([w for w in words if len(w) >= 6])
        i = rng.randrange(1, len(w) - 1)
        queries.append(w[:i] + ("x" if w[i] != "x" else "z") + w[i + 1:])
    for q in queries:
        print(q)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
