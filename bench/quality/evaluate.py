#!/usr/bin/python3
"""Scores TREC-format runs against binary relevance judgements: nDCG@10, MAP (over the whole
run), MAP@100 (over its first 100 results, as trec_eval's map_cut_100) and P@10.

    evaluate.py QRELS RUN... [--per-query]

QRELS: qid<TAB>doc<TAB>relevance lines (a header line is allowed; relevance > 0 is relevant).
RUN: "qid Q0 doc rank score tag" lines, ranked by rank. Only judged queries are scored, and a
judged query the run has no line for scores 0 (as trec_eval -c does), so every system is scored
on the same queries.
"""

import argparse
import collections
import math


def read_qrels(path):
    relevant = collections.defaultdict(set)
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 3 and fields[2].lstrip("-").isdigit() and int(fields[2]) > 0:
                relevant[fields[0]].add(fields[1])
    return relevant


def read_run(path):
    ranked = collections.defaultdict(list)
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            qid, _, doc, rank, *_ = line.split()
            ranked[qid].append((int(rank), doc))
    return {qid: [doc for _, doc in sorted(hits)] for qid, hits in ranked.items()}


def ndcg_at(ranking, relevant, depth=10):
    dcg = sum(1 / math.log2(i + 2) for i, doc in enumerate(ranking[:depth]) if doc in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), depth)))
    return dcg / ideal


def average_precision(ranking, relevant, depth=None):
    """Precision at each relevant document retrieved (within `depth` when given), summed over
    all relevant documents: one never retrieved adds 0."""
    found, total = 0, 0.0
    for i, doc in enumerate(ranking[:depth]):
        if doc in relevant:
            found += 1
            total += found / (i + 1)
    return total / len(relevant)


def precision_at(ranking, relevant, depth=10):
    return sum(doc in relevant for doc in ranking[:depth]) / depth


def score_queries(run, qrels):
    """Per judged query: (nDCG@10, AP, AP@100, P@10)."""
    return {qid: (ndcg_at(run.get(qid, []), relevant),
                  average_precision(run.get(qid, []), relevant),
                  average_precision(run.get(qid, []), relevant, 100),
                  precision_at(run.get(qid, []), relevant))
            for qid, relevant in qrels.items()}


def evaluate(run_path, qrels):
    per_query = score_queries(read_run(run_path), qrels)
    count = len(per_query)
    return {"queries": count,
            "ndcg@10": sum(s[0] for s in per_query.values()) / count,
            "map": sum(s[1] for s in per_query.values()) / count,
            "map@100": sum(s[2] for s in per_query.values()) / count,
            "p@10": sum(s[3] for s in per_query.values()) / count,
            "per_query": per_query}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("qrels")
    parser.add_argument("runs", nargs="+")
    parser.add_argument("--per-query", action="store_true")
    args = parser.parse_args()
    qrels = read_qrels(args.qrels)
    for run in args.runs:
        scores = evaluate(run, qrels)
        print(f"{run}: queries {scores['queries']} nDCG@10 {scores['ndcg@10']:.3f} "
              f"MAP {scores['map']:.3f} MAP@100 {scores['map@100']:.3f} "
              f"P@10 {scores['p@10']:.3f}")
        if args.per_query:
            for qid, (ndcg, ap, ap100, p10) in sorted(scores["per_query"].items(),
                                                      key=lambda i: int(i[0])):
                print(f"  {qid}\t{ndcg:.3f}\t{ap:.3f}\t{ap100:.3f}\t{p10:.3f}")


if __name__ == "__main__":
    main()
