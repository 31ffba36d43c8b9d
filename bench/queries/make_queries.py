#!/usr/bin/python3
"""Draws a fixed, reproducible query set from a corpus: single words, two-word queries, quoted
phrases and rare names, as LABEL<TAB>QUERY lines (the label is the query's kind).

Every query is taken from the articles' own text, so two-word queries and phrases match at least
one article. Words come from a spread of document frequencies (common to rare); words in more
than 5% of the articles are left out, which keeps stopwords out without a stopword list.
The same corpus, --count and --seed give the same file.
"""

import argparse
import collections
import math
import random
import re
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "corpus"))
from articles import read_articles  # noqa: E402
from query_set_arguments import add_query_set_arguments  # noqa: E402

WORD = re.compile(r"[A-Za-z]+")
# Shares of each kind in the set: 160 words, 160 two-word, 120 phrases, 80 names out of 520.
MIX = (("word", 8), ("two_words", 8), ("phrase", 6), ("name", 4))
MAX_DF_SHARE = 0.05
RARE_NAME_MAX_DF = 5
MIN_WORD_LENGTH = 3


def tokens(article):
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(article.get("body", ""))]


class Corpus:
    def __init__(self, articles):
        self.articles = [a for a in articles if a.get("body")]
        self.df = collections.Counter()
        for article in self.articles:
            self.df.update({word.lower() for word, _, _ in tokens(article)})
        self.max_df = max(2, int(MAX_DF_SHARE * len(self.articles)))

    def is_content_word(self, word):
        return len(word) >= MIN_WORD_LENGTH and 2 <= self.df[word.lower()] <= self.max_df


def single_words(corpus, rng, count):
    """Equal numbers from each decade of document frequency (2-9, 10-99, ...)."""
    by_decade = collections.defaultdict(list)
    for word in sorted(w for w in corpus.df if corpus.is_content_word(w)):
        by_decade[int(math.log10(corpus.df[word]))].append(word)
    decades = [by_decade[d] for d in sorted(by_decade)]
    for n in range(count):
        yield rng.choice(decades[n % len(decades)])


def two_words(corpus, rng, count):
    for _ in range(count):
        words = sorted({w.lower() for w, _, _ in tokens(rng.choice(corpus.articles))
                        if corpus.is_content_word(w)})
        if len(words) >= 2:
            yield " ".join(rng.sample(words, 2))


def phrases(corpus, rng, count):
    """Two or three adjacent words (only spaces between) that start and end on content words."""
    for _ in range(count):
        article = rng.choice(corpus.articles)
        body, words = article["body"], tokens(article)
        length = rng.choice((2, 3))
        starts = [i for i in range(len(words) - length + 1)
                  if corpus.is_content_word(words[i][0])
                  and corpus.is_content_word(words[i + length - 1][0])
                  and all(body[words[j][2]:words[j + 1][1]].isspace()
                          for j in range(i, i + length - 1))]
        if starts:
            i = rng.choice(starts)
            yield '"' + " ".join(w.lower() for w, _, _ in words[i:i + length]) + '"'


def rare_names(corpus, rng, count):
    """Capitalised words inside a sentence (after a lower-case word) in at most 5 articles."""
    for _ in range(count):
        words = tokens(rng.choice(corpus.articles))
        names = sorted({words[i][0] for i in range(1, len(words))
                        if re.fullmatch(r"[A-Z][a-z]{2,}", words[i][0])
                        and words[i - 1][0].islower()
                        and corpus.df[words[i][0].lower()] <= RARE_NAME_MAX_DF})
        if names:
            yield rng.choice(names)


def make_queries(corpus, count, seed):
    rng = random.Random(seed)
    draw = {"word": single_words, "two_words": two_words, "phrase": phrases, "name": rare_names}
    total_share = sum(share for _, share in MIX)
    seen, queries = set(), []
    for kind, share in MIX:
        wanted = round(count * share / total_share)
        # Draw more than needed: duplicates and articles without a candidate are dropped.
        picked = 0
        for query in draw[kind](corpus, rng, wanted * 4):
            if picked == wanted:
                break
            if query.lower() not in seen:
                seen.add(query.lower())
                queries.append((kind, query))
                picked += 1
    rng.shuffle(queries)  # kinds interleaved, so no kind runs on the warmest cache
    return queries


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", help="JSON Lines articles")
    add_query_set_arguments(parser, 520)
    args = parser.parse_args()
    queries = make_queries(Corpus(read_articles(args.articles)), args.count, args.seed)
    for kind, query in queries:
        args.out.write(f"{kind}\t{query}\n")


if __name__ == "__main__":
    main()
