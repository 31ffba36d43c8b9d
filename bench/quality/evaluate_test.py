#!/usr/bin/python3
"""Checks the ranking measures against values worked out by hand."""

import math
import unittest

from evaluate import average_precision, ndcg_at, precision_at, score_queries


class RankingMeasures(unittest.TestCase):
    def test_perfect_ranking_scores_one(self):
        self.assertAlmostEqual(ndcg_at(["a", "b"], {"a", "b"}), 1.0)
        self.assertAlmostEqual(average_precision(["a", "b", "x"], {"a", "b"}), 1.0)

    def test_relevant_document_at_rank_two(self):
        self.assertAlmostEqual(ndcg_at(["x", "a"], {"a"}), 1 / math.log2(3))
        self.assertAlmostEqual(average_precision(["x", "a"], {"a"}), 0.5)
        self.assertAlmostEqual(precision_at(["x", "a"], {"a"}), 0.1)

    def test_relevant_documents_never_retrieved_lower_average_precision(self):
        self.assertAlmostEqual(average_precision(["a"], {"a", "b"}), 0.5)

    def test_judged_query_missing_from_the_run_scores_zero(self):
        self.assertEqual(score_queries({}, {"1": {"a"}}), {"1": (0.0, 0.0, 0.0, 0.0)})

    def test_average_precision_cut_counts_only_the_first_results(self):
        ranking = ["x"] * 100 + ["a"]
        self.assertAlmostEqual(average_precision(ranking, {"a"}), 1 / 101)
        self.assertAlmostEqual(average_precision(ranking, {"a"}, 100), 0.0)
        self.assertAlmostEqual(average_precision(["a", "x", "b"], {"a", "b"}, 2), 0.5)


if __name__ == "__main__":
    unittest.main()
