#!/usr/bin/python3
"""Streams a deterministic expansion of Reuters-21578 to any number of articles.

No text is invented: round 0 is the corpus as it is; in each later round r every story is
repeated with the id "<id>-x<r>" and its date moved by a whole number of days drawn once per
round from a seeded generator (stories without a date stay without one). The same --seed gives
the same corpus on every machine. With --articles below the corpus size this is a prefix slice.
"""

import argparse
import datetime
import random
import sys

from articles import read_articles, write_article

MAX_SHIFT_DAYS = 3650


def shifted_date(date, days):
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=days)).isoformat()


def expand(stories, count, seed):
    """Yields `count` articles: the stories, then shifted copies, round after round."""
    shifts = random.Random(seed)
    emitted = 0
    round_number = 0
    while emitted < count:
        shift = 0 if round_number == 0 else shifts.randint(1, MAX_SHIFT_DAYS)
        for story in stories:
            if emitted == count:
                return
            copy = dict(story)
            if round_number:
                copy["id"] = f"{story['id']}-x{round_number}"
                if story.get("date"):
                    copy["date"] = shifted_date(story["date"], shift)
            yield copy
            emitted += 1
        round_number += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("reuters", help="reuters21578/articles.jsonl")
    parser.add_argument("--articles", type=int, default=1_000_000, help="how many (default 1M)")
    parser.add_argument("--seed", type=int, default=8, help="seed of the date shifts")
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"),
                        default=sys.stdout, help="JSON Lines output (default: stdout)")
    args = parser.parse_args()
    stories = list(read_articles(args.reuters))
    for article in expand(stories, args.articles, args.seed):
        write_article(article, args.out)


if __name__ == "__main__":
    main()
