#!/usr/bin/python3
"""Embedding mss-search in a Python script: the hits of a query with their matches in [brackets].

Usage: search_example.py INDEX_DIR QUERY
(with the module on PYTHONPATH: build/python, or lib/python3/dist-packages of the install prefix)
"""
import sys

import mss


def bracketed(text, spans):
    """The text with every [start, end) character span wrapped in [ ]."""
    for start, end in reversed(spans):
        text = text[:start] + "[" + text[start:end] + "]" + text[end:]
    return text


def main(index_dir, query):
    try:
        result = mss.Index(index_dir).search(query, limit=5, snippet_chars=160)
    except mss.QueryError as error:
        print(f"bad query at character {error.position + 1}: {error}", file=sys.stderr)
        return 2
    except mss.Error as error:
        print(f"{error.kind}: {error}", file=sys.stderr)
        return 3 if error.kind == "index-missing" else 4
    print(f"{result['total']} matching articles")
    for hit in result["hits"]:
        print(f"{hit['rank']}. {bracketed(hit['title'], hit['title_highlights'])} ({hit['date'] or 'undated'})")
        print(f"   {bracketed(hit['snippet'], hit['highlights'])}")
    return 0 if result["hits"] else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: search_example.py INDEX_DIR QUERY")
    sys.exit(main(sys.argv[1], sys.argv[2]))
