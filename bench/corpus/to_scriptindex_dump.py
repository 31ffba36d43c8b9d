#!/usr/bin/python3
"""Writes articles as a scriptindex dump file (records of name=value lines, blank-line separated).

Continuation lines of a multi-line value start with "=", as scriptindex expects.
"""

import argparse
import sys

from articles import read_articles


def dump_field(name, value):
    return f"{name}=" + value.replace("\n", "\n=") + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", help="JSON Lines articles")
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"),
                        default=sys.stdout, help="dump file (default: stdout)")
    args = parser.parse_args()
    for article in read_articles(args.articles):
        args.out.write(dump_field("id", article["id"]) + dump_field("title", article.get("title", ""))
                       + dump_field("body", article.get("body", "")) + "\n")


if __name__ == "__main__":
    main()
