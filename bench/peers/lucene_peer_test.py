#!/usr/bin/python3
"""Checks lucene_peer against answers worked out from the articles themselves: which articles
hold an invented word (words no English stemmer changes), what a no-change re-run skips, what a
changed article replaces, and that 2 indexing threads index the same articles as 1.

    bench/peers/lucene_peer_test.py [PATH/TO/lucene_peer]

The peer defaults to build-bench/bin/lucene_peer; without it every test is skipped.
"""

import json
import pathlib
import random
import subprocess
import sys
import tempfile
import unittest

REPO = pathlib.Path(__file__).resolve().parents[2]
PEER = pathlib.Path(sys.argv.pop(1)) if len(sys.argv) > 1 else REPO / "build-bench/bin/lucene_peer"
WORDS = ["zorblax", "quintar", "vellumox", "drabnik", "plorvex", "snizzat"]
FILLER = "the mission reported on security in the capital during the week".split()


def synthetic_articles(count, seed):
    """Articles whose invented words are known, each one placed at random."""
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        words = set(rng.sample(WORDS, rng.randint(0, 3)))
        body = FILLER[:]
        for word in words:
            body.insert(rng.randrange(len(body) + 1), word)
        articles.append({"id": f"a{n}", "title": f"Report {n}", "body": " ".join(body),
                         "date": "2024-05-01", "words": sorted(words)})
    return articles


def write_articles(path, articles):
    with open(path, "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({k: v for k, v in article.items() if k != "words"}) + "\n")


def peer(*arguments, check=True):
    result = subprocess.run([str(PEER), *map(str, arguments)], capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"lucene_peer {arguments} failed: {result.stderr}")
    return result


@unittest.skipUnless(PEER.is_file(), f"{PEER} not built")
class LucenePeer(unittest.TestCase):
    def setUp(self):
        self.folder = pathlib.Path(tempfile.mkdtemp())
        self.articles = synthetic_articles(40, seed=3)
        self.source = self.folder / "articles.jsonl"
        write_articles(self.source, self.articles)

    def tearDown(self):
        subprocess.run(["rm", "-rf", str(self.folder)], check=True)

    def hits(self, db, query, *extra):
        queries = self.folder / "queries.tsv"
        queries.write_text(f"q\t{query}\n", encoding="utf-8")
        run = self.folder / "query.run"
        peer("query", db, queries, "--limit", 1000, "--run", run, *extra)
        return sorted(line.split()[2] for line in run.read_text().splitlines())

    def expected(self, *words):
        return sorted(a["id"] for a in self.articles if all(w in a["words"] for w in words))

    def test_a_word_finds_exactly_the_articles_that_hold_it(self):
        db = self.folder / "index"
        report = json.loads(peer("index", db, self.source).stdout)
        self.assertEqual(report["added"], len(self.articles))
        for word in WORDS:
            self.assertEqual(self.hits(db, word), self.expected(word), word)
        self.assertEqual(self.hits(db, "zorblax quintar"), self.expected("zorblax", "quintar"))

    def test_two_indexing_threads_index_the_same_articles(self):
        db = self.folder / "index-2"
        peer("index", db, self.source, "--threads", 2)
        for word in WORDS:
            self.assertEqual(self.hits(db, word), self.expected(word), word)

    def test_a_rerun_skips_unchanged_articles_and_replaces_a_changed_one(self):
        db = self.folder / "index"
        peer("index", db, self.source)
        again = json.loads(peer("index", db, self.source).stdout)
        self.assertEqual((again["added"], again["skipped"]), (0, len(self.articles)))
        changed = dict(self.articles[0], body="a new text about glimmerfax", words=["glimmerfax"])
        self.articles[0] = changed
        write_articles(self.source, self.articles)
        third = json.loads(peer("index", db, self.source, "--threads", 2).stdout)
        self.assertEqual((third["added"], third["skipped"]), (1, len(self.articles) - 1))
        self.assertEqual(self.hits(db, "glimmerfax"), ["a0"])
        for word in WORDS:
            self.assertEqual(self.hits(db, word), self.expected(word), word)

    def test_facets_are_refused_and_a_bad_line_is_named(self):
        db = self.folder / "index"
        peer("index", db, self.source)
        queries = self.folder / "queries.tsv"
        queries.write_text("q\tzorblax\n", encoding="utf-8")
        refused = peer("query", db, queries, "--facets", check=False)
        self.assertEqual(refused.returncode, 1)
        self.assertIn("no facets", refused.stderr)
        bad = self.folder / "bad.jsonl"
        bad.write_text('{"id": "x", "title": "t", "body": "b"}\n{"id": \n', encoding="utf-8")
        failed = peer("index", self.folder / "bad-index", bad, check=False)
        self.assertEqual(failed.returncode, 1)
        self.assertIn(f"{bad}:2:", failed.stderr)

    def test_rm3_keeps_the_articles_holding_the_query_word_on_top(self):
        db = self.folder / "contents"
        peer("index", db, self.source, "--layout", "contents")
        expected = self.expected("vellumox")
        queries = self.folder / "queries.tsv"
        queries.write_text("q\tvellumox\n", encoding="utf-8")
        run = self.folder / "rm3.run"
        peer("query", db, queries, "--limit", 1000, "--mode", "any", "--rm3", "--run", run)
        ranked = [line.split()[2] for line in run.read_text().splitlines()]
        self.assertEqual(sorted(ranked[:len(expected)]), expected)


if __name__ == "__main__":
    unittest.main()
