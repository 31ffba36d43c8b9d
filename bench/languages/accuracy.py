#!/usr/bin/python3
"""Language-identification accuracy: indexes each data set with mss-index and compares the
language every article was stored with (the `lang` of its hit) to the truth.

    bench/languages/accuracy.py [--build DIR] [--shared DIR]

Data sets: the seeds (all English), Reuters-21578 from ../shared/corpora (all English; skipped
when absent) and tests/data/lang (French and Haitian Creole; truth in its languages.tsv). Prints
a Markdown table (articles, correct, accuracy, the languages the wrong ones were given) and
the ids of the wrong ones. The truth is the data, never the index: the seeds and Reuters are
English by construction, tests/data/lang says its own.
"""

import argparse
import collections
import json
import pathlib
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parents[2]
LANG_DIR = REPO / "tests" / "data" / "lang"
ALL_LANGUAGES = "lang:en OR lang:fr OR lang:ht"


def stored_languages(build, sources):
    """{id: lang} of every article mss-index stores from `sources`."""
    with tempfile.TemporaryDirectory() as scratch:
        index = pathlib.Path(scratch) / "index"
        subprocess.run([str(build / "bin" / "mss-index"), "--quiet", "--index", str(index),
                        *map(str, sources)], check=True)
        out = subprocess.run(
            [str(build / "bin" / "mss-search"), "--index", str(index), "--json", "--limit",
             "1000000", "--snippet-chars", "0", "--no-collapse", ALL_LANGUAGES],
            check=True, capture_output=True, text=True).stdout
    return {hit["id"]: hit["lang"] for hit in json.loads(out)["hits"]}


def corpus_truth():
    lines = (LANG_DIR / "languages.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t") for line in lines)


def corpus_sources():
    return sorted(p for p in LANG_DIR.iterdir() if p.suffix in (".txt", ".jsonl", ".html", ".rss"))


def row(name, truth, stored):
    wrong = {i: stored.get(i, "missing") for i in truth if stored.get(i) != truth[i]}
    given = collections.Counter(wrong.values())
    correct = len(truth) - len(wrong)
    cells = [name, f"{len(truth):,}", f"{correct:,}", f"{correct / len(truth):.2%}",
             ", ".join(f"{n} as {code}" for code, n in sorted(given.items())) or "none"]
    return "| " + " | ".join(cells) + " |", sorted(wrong.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=pathlib.Path, default=REPO / "build")
    parser.add_argument("--shared", type=pathlib.Path, default=REPO.parent / "shared")
    args = parser.parse_args()

    rows, errors = [], []
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    sets = [("seeds (English)", {p.name: "en" for p in seeds}, seeds)]
    reuters = args.shared / "corpora" / "reuters21578" / "articles.jsonl"
    if reuters.exists():
        with reuters.open(encoding="utf-8") as lines:
            ids = {json.loads(line)["id"]: "en" for line in lines if line.strip()}
        sets.append(("Reuters-21578 (English)", ids, [reuters]))
    else:
        print(f"note: {reuters} not found; Reuters left out", file=sys.stderr)
    sets.append(("tests/data/lang (French, Creole)", corpus_truth(), corpus_sources()))
    for name, truth, sources in sets:
        line, wrong = row(name, truth, stored_languages(args.build, sources))
        rows.append(line)
        errors.extend((name, i, got) for i, got in wrong)
    print("| data set | articles | stored language right | accuracy | wrong ones stored as |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    for name, article, got in errors:
        print(f"wrong: {name}: {article} stored as {got}")


if __name__ == "__main__":
    main()
