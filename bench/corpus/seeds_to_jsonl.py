#!/usr/bin/python3
"""Converts the seed articles (seed-format .txt files) to JSON Lines for the benchmark peers.

Seed format: the first line is the headline, optionally led by " date YYYY-MM-DD "; the rest of
the file is the body. The article id is the file name without .txt.
"""

import argparse
import pathlib
import re
import sys

from articles import write_article

DATED_HEADLINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$")


def read_seed(path):
    first_line, _, body = path.read_text(encoding="utf-8").partition("\n")
    article = {"id": path.stem, "title": first_line.strip(), "body": body.strip()}
    dated = DATED_HEADLINE.match(first_line)
    if dated:
        article["date"], article["title"] = dated.group(1), dated.group(2).strip()
    return article


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("seeds", type=pathlib.Path, help="folder of seed .txt files")
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"),
                        default=sys.stdout, help="JSON Lines output (default: stdout)")
    args = parser.parse_args()
    for path in sorted(args.seeds.glob("*.txt")):
        write_article(read_seed(path), args.out)


if __name__ == "__main__":
    main()
