#!/usr/bin/python3
"""Scores mss-index's country and person extraction on Reuters-21578 against the editors' tags.

Usage (from the repository root, after building):
    bench/entities/score_entities.py [--corpus ../shared/corpora/reuters21578] [--bin build/bin]

Runs build/bin/mss-extract (the indexer's analysis) over articles.jsonl and compares, story by
story, the extracted countries and people with the PLACES and PEOPLE tags in gold.jsonl, over
every story with a non-empty body. Prints a Markdown table: micro-averaged precision, recall and
F1 per kind, for mss-index and for a naive exact-name gazetteer baseline (defined below).

Matching rules (the same for both systems):
- Countries: a gold PLACES tag maps to a country id by its ICU English name ("el-salvador" ->
  El Salvador -> sv), or through reuters_place_tags.tsv for tags that are not current names
  ("usa" -> us, "west-germany" -> de, "ussr" -> su).
- People: gold PEOPLE tags are lower-case, hyphenated, often a surname alone ("reagan",
  "james-baker"). A predicted id matches a gold tag when they are equal or one ends with
  "-" + the other ("ronald-reagan" ~ "reagan"). Each gold tag is matched at most once.
- People, closed vocabulary: the editors tagged people from a fixed list (every tag that occurs in
  gold.jsonl); a name outside that list is neither right nor wrong by their standard, so the
  "closed" rows ignore predictions that match no tag of the list. The "open" rows count every
  predicted person, so any person the editors did not tag is a false positive.

Baselines: exact, case-sensitive, whole-word matching of names with no other knowledge:
- countries: every ICU English country name (the list mss-index starts from, printed by
  `mss-extract --countries`), with no demonyms, variants or capitalisation rules;
- people, "shipped names": the display names of the people in entities/people.tsv (the names
  mss-index itself is given, printed by `mss-extract --people`);
- people, "answer-key names": every name in the editors' own PEOPLE list, written as it would
  appear in text ("james-baker" -> "James Baker", "de-clercq" -> "De Clercq"). This baseline is
  handed the answer key's vocabulary, which mss-index does not have: the hardest one to beat.
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_place_map(country_names):
    mapping = {slug(name): cid for cid, name in country_names.items()}
    with open(os.path.join(HERE, "reuters_place_tags.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                tag, cid = line.split("\t")
                mapping[tag] = cid
    return mapping


def person_matches(predicted, gold):
    return predicted == gold or predicted.endswith("-" + gold) or gold.endswith("-" + predicted)


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, predicted, gold, matches):
        unmatched = list(gold)
        for p in predicted:
            hit = next((g for g in unmatched if matches(p, g)), None)
            if hit is None:
                self.fp += 1
            else:
                self.tp += 1
                unmatched.remove(hit)
        self.fn += len(unmatched)

    def row(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def baseline_matcher(names):
    """One regex per name list: exact case-sensitive whole words; returns a text -> ids function."""
    by_name = {}
    for cid, name in names:
        by_name.setdefault(name, set()).add(cid)
    ordered = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")

    def find(text):
        found = []
        for m in pattern.finditer(text):
            for cid in sorted(by_name[m.group(1)]):
                if cid not in found:
                    found.append(cid)
        return found

    return find


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="../shared/corpora/reuters21578")
    parser.add_argument("--bin", default="build/bin")
    args = parser.parse_args()
    articles_path = os.path.join(args.corpus, "articles.jsonl")
    gold_path = os.path.join(args.corpus, "gold.jsonl")
    if not os.path.exists(articles_path):
        print(f"skipped: {articles_path} not found (the shared corpora are not here)")
        return 0
    extract = os.path.join(args.bin, "mss-extract")

    def names(flag):
        out = subprocess.run([extract, flag], check=True, capture_output=True, text=True).stdout
        return {e["id"]: e["name"] for e in map(json.loads, out.splitlines())}

    countries = names("--countries")
    shipped_people = names("--people")
    place_map = load_place_map(countries)

    gold = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            gold[g["id"]] = g
    people_vocabulary = sorted({p for g in gold.values() for p in g["people"]})
    in_vocabulary = lambda p: any(person_matches(p, g) for g in people_vocabulary)

    extracted = {}
    run = subprocess.run([extract, articles_path], check=True, capture_output=True, text=True)
    for line in run.stdout.splitlines():
        e = json.loads(line)
        extracted[e["id"]] = e

    base_countries = baseline_matcher(countries.items())
    people_systems = {
        "base": baseline_matcher(
            (tag, " ".join(w.capitalize() for w in tag.split("-"))) for tag in people_vocabulary),
        "shipped": baseline_matcher(shipped_people.items()),
    }

    scores = {key: Score() for key in
              ["mss country", "base country"] +
              [f"{s} person {v}" for s in ("mss", "base", "shipped") for v in ("open", "closed")]}
    stories = unmapped = 0
    with open(articles_path, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if not a.get("body", "").strip():
                continue
            stories += 1
            g = gold.get(a["id"], {"places": [], "people": []})
            gold_countries = []
            for tag in g["places"]:
                if tag in place_map:
                    gold_countries.append(place_map[tag])
                else:
                    unmapped += 1
            text = a.get("title", "") + "\n" + a["body"]
            e = extracted[a["id"]]
            scores["mss country"].add(e["country"], gold_countries, str.__eq__)
            scores["base country"].add(base_countries(text), gold_countries, str.__eq__)
            found = {"mss": e["person"]}
            found.update({name: find(text) for name, find in people_systems.items()})
            for system, people in found.items():
                scores[system + " person open"].add(people, g["people"], person_matches)
                scores[system + " person closed"].add(
                    [p for p in people if in_vocabulary(p)], g["people"], person_matches)

    print(f"Stories with a body: {stories}; gold places not mapped to a country: {unmapped}\n")
    print("| kind | system | precision | recall | F1 |")
    print("|---|---|---|---|---|")
    rows = [("country", [("mss-index", "mss country"),
                         ("naive gazetteer (ICU names)", "base country")])]
    for vocabulary in ("closed", "open"):
        rows.append((f"person ({vocabulary} vocabulary)",
                     [("mss-index", f"mss person {vocabulary}"),
                      ("naive gazetteer (shipped names)", f"shipped person {vocabulary}"),
                      ("naive gazetteer (answer-key names)", f"base person {vocabulary}")]))
    for kind, systems in rows:
        for label, key in systems:
            p, r, f1 = scores[key].row()
            print(f"| {kind} | {label} | {p:.3f} | {r:.3f} | {f1:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
