"""Reading and writing articles as JSON Lines: {"id", "title", "body", "date"?}.

The shape every indexer in the benchmark reads, and the one ../shared/corpora uses.
"""

import json


def read_articles(path):
    """Yields each article of a JSON Lines file as a dict, in file order."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def write_article(article, out):
    """Writes one article as one JSON line, keeping only the fields the indexers read."""
    record = {"id": article["id"], "title": article.get("title", ""),
              "body": article.get("body", "")}
    if article.get("date"):
        record["date"] = article["date"]
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def text_bytes(article):
    """The size of an article's text (title and body, UTF-8), the basis of MB/s figures."""
    return len(article.get("title", "").encode("utf-8")) + len(article.get("body", "").encode("utf-8"))
