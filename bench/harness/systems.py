"""The systems under test. Each builds an index from the same JSON Lines file, re-runs the build
over unchanged input, reports its compacted size, and answers the same query file.

Query latency is measured in-process (C++ steady_clock around each query) for the peers and for
mss-search through its C++ API; mss-search's CLI and ripgrep are timed as whole processes.
"""

import json
import pathlib
import re
import shutil
import subprocess

from . import latency, process
from .queries import read_queries, words_and_phrases

HERE = pathlib.Path(__file__).resolve().parent
SCRIPTINDEX_SCRIPT = HERE.parent / "peers" / "xapian_scriptindex.script"
CORPUS_TOOLS = HERE.parent / "corpus"
PYTHON = "/usr/bin/python3"
LIMIT = 10


def _xapian_compacted_bytes(db, work):
    target = work / (db.name + ".compact")
    process.remove(target)
    subprocess.run(["xapian-compact", str(db), str(target)], check=True, stdout=subprocess.DEVNULL)
    size = process.size_on_disk(target)
    process.remove(target)
    return size


def _passes_to_figures(passes, cold):
    """Pass 1 ran straight after the page cache was dropped (when `cold`), pass 2 warm."""
    return {"cold": passes[0] if cold else None, "warm": passes[-1],
            "zero_hit_queries": passes[-1].get("zero_hit_queries"),
            "rejected_queries": passes[-1].get("rejected_queries"),
            "by_label": passes[-1].get("by_label", {})}


def _time_each_query(queries_path, command_for, cold):
    """Runs one process per query, twice over the set; returns figures like the peers' passes."""
    queries = read_queries(queries_path)
    passes = []
    if cold:
        cold = process.drop_caches()
    for pass_number in (1, 2):
        all_ms, by_label, zero_hits, rejected = [], {}, 0, 0
        for label, text in queries:
            milliseconds, returncode = process.time_process(command_for(text))
            all_ms.append(milliseconds)
            by_label.setdefault(label, []).append(milliseconds)
            zero_hits += returncode == 1
            rejected += returncode not in (0, 1)
        summary = latency.summarise(all_ms)
        summary.update(pass_number=pass_number, zero_hit_queries=zero_hits,
                       rejected_queries=rejected,
                       by_label={k: latency.summarise(v) for k, v in by_label.items()})
        passes.append(summary)
    return _passes_to_figures(passes, cold)


class PeerSystem:
    """A peer binary with the bench/peers command line (index / query). `queried`: False for a
    build-only variant (another thread count) whose queries would repeat another row's."""

    def __init__(self, name, binary, index_name, index_args=(), kind="xapian", queried=True):
        self.name, self.binary, self.index_name = name, binary, index_name
        self.index_args, self.kind, self.queried = list(index_args), kind, queried

    def build(self, articles, work):
        self.db = work / self.index_name
        process.remove(self.db)
        return self._index(articles)

    def rebuild(self, articles):
        return self._index(articles)

    def _index(self, articles):
        measured = process.run_measured([self.binary, "index", self.db, articles] + self.index_args)
        report = json.loads(measured.stdout)
        return {"seconds": measured.seconds, "peak_rss_kb": measured.peak_rss_kb,
                "index_bytes": process.size_on_disk(self.db), "skipped": report["skipped"]}

    def compacted_bytes(self, work):
        if self.kind == "xapian":
            return _xapian_compacted_bytes(self.db, work)
        if self.kind == "lucene":
            # forceMerge(1) on a copy: one segment, as xapian-compact gives one database.
            copy = work / (self.db.name + ".compact")
            process.remove(copy)
            shutil.copytree(self.db, copy)
            subprocess.run([str(self.binary), "compact", str(copy)], check=True,
                           stdout=subprocess.DEVNULL)
            size = process.size_on_disk(copy)
            process.remove(copy)
            return size
        copy = work / (self.db.name + ".compact")
        shutil.copyfile(self.db, copy)
        subprocess.run(["sqlite3", str(copy),
                        "INSERT INTO articles(articles) VALUES('optimize'); VACUUM;"], check=True)
        size = process.size_on_disk(copy)
        process.remove(copy)
        return size

    def query(self, queries, cold, mode="all", query_binary=None, db=None, extra=()):
        if cold:
            cold = process.drop_caches()
        measured = process.run_measured(
            [query_binary or self.binary, "query", db or self.db, queries, "--snippets", "--limit",
             LIMIT, "--mode", mode, "--passes", 2, "--by-label", *extra])
        return _passes_to_figures(json.loads(measured.stdout)["passes"], cold)


class ScriptindexSystem:
    """Xapian's own indexer, scriptindex, with the English stemmer; searched by xapian_peer."""

    name = "Xapian scriptindex"

    def __init__(self, xapian_peer):
        self.xapian_peer = xapian_peer

    def build(self, articles, work):
        self.db = work / "scriptindex.db"
        process.remove(self.db)
        # The dump conversion is preparation, not indexing: it is not timed.
        self.dump = work / "scriptindex.dump"
        subprocess.run([PYTHON, CORPUS_TOOLS / "to_scriptindex_dump.py", articles, "--out",
                        self.dump], check=True)
        return self.rebuild(articles)

    def rebuild(self, articles):
        # scriptindex has no notion of unchanged input: a re-run replaces every record.
        measured = process.run_measured(["scriptindex", "--stemmer=english", self.db,
                                         SCRIPTINDEX_SCRIPT, self.dump])
        return {"seconds": measured.seconds, "peak_rss_kb": measured.peak_rss_kb,
                "index_bytes": process.size_on_disk(self.db), "skipped": None}

    def compacted_bytes(self, work):
        return _xapian_compacted_bytes(self.db, work)

    def query(self, queries, cold):
        return PeerSystem.query(self, queries, cold, query_binary=self.xapian_peer, db=self.db)


class MssSystem:
    """mss-search: built with mss-index; searched in-process through the C++ API (mss_peer)
    when that runner was built, and through the mss-search CLI as whole processes."""

    name = "mss-search"
    kind = "xapian"

    def __init__(self, mss_index, mss_search, mss_peer):
        self.mss_index, self.mss_search, self.mss_peer = mss_index, mss_search, mss_peer

    def build(self, articles, work):
        self.db = work / "mss.index"
        process.remove(self.db)
        return self.rebuild(articles)

    def rebuild(self, articles):
        measured = process.run_measured([self.mss_index, "--quiet", "--index", self.db, articles])
        return {"seconds": measured.seconds, "peak_rss_kb": measured.peak_rss_kb,
                "index_bytes": process.size_on_disk(self.db), "skipped": None}

    def compacted_bytes(self, work):
        return _xapian_compacted_bytes(self.db, work)

    def query(self, queries, cold, facets=False):
        if not self.mss_peer:
            return None
        return PeerSystem.query(self, queries, cold, query_binary=self.mss_peer, db=self.db,
                                extra=["--facets"] if facets else [])

    def query_cli(self, queries, cold):
        return _time_each_query(
            queries, lambda text: [self.mss_search, "--index", self.db, "--limit", LIMIT,
                                    "--json", text], cold)


def _rg_pattern(parts):
    """A ripgrep regex matching a line holding every part as whole words, in any order (two
    parts at most are expected from the query generator; more are matched in the given order)."""
    def word(part):
        return r"\b" + r"\s+".join(re.escape(w) for w in part.split()) + r"\b"
    if len(parts) == 2:
        return f"{word(parts[0])}.*{word(parts[1])}|{word(parts[1])}.*{word(parts[0])}"
    return ".*".join(word(p) for p in parts)


class RipgrepSystem:
    """No index: ripgrep over the raw text, one article per line, counting matching articles."""

    name = "ripgrep (no index)"

    def build(self, articles, work):
        self.folder = work / "raw-text"
        process.remove(self.folder)
        output = subprocess.run([PYTHON, CORPUS_TOOLS / "to_raw_text.py", articles, self.folder],
                                check=True, capture_output=True, text=True).stdout
        self.text_bytes = json.loads(output)["text_bytes"]
        return None

    def query(self, queries, cold):
        def command(text):
            parts = words_and_phrases(text)
            if len(parts) == 1:
                return ["rg", "-i", "-c", "-w", "-F", "--no-messages", "--", parts[0], self.folder]
            return ["rg", "-i", "-c", "--no-messages", "-e", _rg_pattern(parts), self.folder]
        return _time_each_query(queries, command, cold)
