"""The options every query-set generator takes: how many queries, the random seed, where to."""

import argparse
import sys


def add_query_set_arguments(parser, count):
    """Adds --count (default `count`), --seed (8) and --out (standard output) to `parser`."""
    parser.add_argument("--count", type=int, default=count)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"),
                        default=sys.stdout)
