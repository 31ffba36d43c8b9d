#!/usr/bin/env python3
"""Duplicate detection measured against the text itself, not against the indexer.

Reads the stories an index assigned (value slot 9, with each article's id from the order key in
slot 7, both dumped by xapian-delve) and the articles they came from, then reports:

  recall     of the pairs of articles with identical non-empty bodies, the share put in one story;
  cut recall of the cut copies, pairs whose bodies are copies by the containment rule below
             only (the smaller set, of 20 or more shingles, has --containment of its shingles in
             the larger, and the Jaccard similarity is under --threshold), the share put in one
             story; every such pair is found from the shingles (an inverted list of each shingle
             held by at most 50 articles, the larger set's count checked exactly);
  precision  of the pairs of articles put in one story (every pair, or --sample of them), the share
             that are copies by the documented rule (docs/SCHEMA.md "Stories"), computed here from
             the raw text with a tokeniser of this script's own: the bodies' 3-word shingle sets
             have a Jaccard similarity of at least --threshold, or the smaller set (of 20 or more
             shingles) has --containment of its shingles in the larger (a cut copy).

Usage: duplicate_quality.py ARTICLES.jsonl INDEX_DIR [--threshold 0.6] [--containment 0.8]
                            [--sample N] [--seed S]
"""
import argparse
import collections
import itertools
import json
import random
import re
import subprocess
import sys

STORY_SLOT = 9
OLDEST_FIRST_SLOT = 7  # YYYYMMDD, then the article id
WORD = re.compile(r"[0-9a-z\u0080-\U0010ffff]+")


def delve_values(index_dir, slot):
    out = subprocess.run(["xapian-delve", "-V%d" % slot, index_dir], check=True,
                         capture_output=True, text=True).stdout
    _, _, listing = out.partition(":")
    values = {}
    for item in re.split(r" (?=\d+:)", listing.strip()):
        docid, _, value = item.partition(":")
        if docid:
            values[int(docid)] = value
    return values


def shingles(text, width=3):
    words = WORD.findall(text.lower())
    if len(words) < width:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + width]) for i in range(len(words) - width + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


def containment(a, b, smallest=20):
    small = min(len(a), len(b))
    return len(a & b) / small if small >= smallest else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles")
    parser.add_argument("index")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--containment", type=float, default=0.8)
    parser.add_argument("--sample", type=int, default=0, help="pairs checked (0: every pair)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    keys = delve_values(args.index, OLDEST_FIRST_SLOT)
    stories = delve_values(args.index, STORY_SLOT)
    story_of = {keys[d][8:]: stories.get(d, "") for d in keys}

    bodies = {}
    by_body = collections.defaultdict(list)
    for line in open(args.articles, encoding="utf-8"):
        article = json.loads(line)
        bodies[article["id"]] = article.get("body", "")
        if article.get("body", "").strip():
            by_body[article["body"]].append(article["id"])
    # Cut copies, by brute force over shared shingles: a pair with containment >= 0.8 shares at
    # least 80% of the smaller set, so it shares some shingle held by few articles unless nearly
    # all of its shingles are common ones (boilerplate), which the 50-article cap leaves out.
    sets = {i: shingles(b) for i, b in bodies.items() if b.strip()}
    holders = collections.defaultdict(list)
    for i, s in sets.items():
        for shingle in s:
            holders[shingle].append(i)
    shared = collections.Counter()
    for ids in holders.values():
        if 1 < len(ids) <= 50:
            for pair in itertools.combinations(sorted(ids), 2):
                shared[pair] += 1
    cut = []
    for (a, b), count in shared.items():
        small = min(len(sets[a]), len(sets[b]))
        if small >= 20 and count >= args.containment * small:
            sa, sb = sets[a], sets[b]
            if containment(sa, sb) >= args.containment and jaccard(sa, sb) < args.threshold:
                cut.append((a, b))
    cut_found = [p for p in cut if story_of.get(p[0]) and story_of.get(p[0]) == story_of.get(p[1])]
    identical = [pair for ids in by_body.values() if len(ids) > 1
                 for pair in itertools.combinations(sorted(ids), 2)]
    found = [p for p in identical if story_of.get(p[0]) and story_of.get(p[0]) == story_of.get(p[1])]
    missed = [p for p in identical if p not in set(found)]

    members = collections.defaultdict(list)
    for article_id, story in story_of.items():
        members[story].append(article_id)
    collapsed = [pair for ids in members.values() if len(ids) > 1
                 for pair in itertools.combinations(sorted(ids), 2)]
    checked = collapsed
    if args.sample and args.sample < len(collapsed):
        checked = random.Random(args.seed).sample(collapsed, args.sample)
    def overlap(pair):
        a, b = shingles(bodies[pair[0]]), shingles(bodies[pair[1]])
        return jaccard(a, b), containment(a, b)

    overlaps = {pair: overlap(pair) for pair in checked}
    similarities = sorted(j for j, _ in overlaps.values())
    is_copy = {pair: j >= args.threshold or c >= args.containment
               for pair, (j, c) in overlaps.items()}
    close = sum(is_copy.values())

    print("articles in the index: %d, stories: %d, stories with copies: %d"
          % (len(story_of), len(members), sum(len(v) > 1 for v in members.values())))
    print("recall: %d of %d identical-body pairs in one story (%.1f%%)"
          % (len(found), len(identical), 100.0 * len(found) / max(1, len(identical))))
    for pair in missed[:10]:
        print("  missed: %s %s" % pair)
    print("cut recall: %d of %d pairs that are copies by containment alone, in one story (%.1f%%)"
          % (len(cut_found), len(cut), 100.0 * len(cut_found) / max(1, len(cut))))
    for pair in [p for p in cut if p not in set(cut_found)][:10]:
        print("  missed cut copy: %s %s" % pair)
    print("precision: %d of %d collapsed pairs%s have shingle Jaccard >= %.2f or containment"
          " >= %.2f (%.1f%%)"
          % (close, len(checked), "" if checked is collapsed else " (sampled)", args.threshold,
             args.containment, 100.0 * close / max(1, len(checked))))
    if similarities:
        print("  Jaccard of the checked pairs: min %.2f, 10th percentile %.2f, median %.2f"
              % (similarities[0], similarities[len(similarities) // 10],
                 similarities[len(similarities) // 2]))
    for pair in [p for p in checked if not is_copy[p]][:10]:
        print("  not a copy: %s %s (Jaccard %.2f, containment %.2f)" % (pair + overlaps[pair]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
