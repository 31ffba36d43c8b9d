"""Query files: one query per line as LABEL<TAB>TEXT (the label is the kind, or a topic number)."""

import re


def read_queries(path):
    queries = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                label, _, text = line.partition("\t")
                queries.append((label, text) if text else (str(len(queries) + 1), label))
    return queries


def words_and_phrases(text):
    """The query's "quoted phrases" and bare words, in order, quotes removed."""
    return [phrase or word for phrase, word in re.findall(r'"([^"]*)"?|(\S+)', text)
            if (phrase or word).strip()]
