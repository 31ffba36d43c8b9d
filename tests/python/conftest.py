"""Fixtures for the Python module tests: an index of the repository's seeds, built once by the
real mss-index (MSS_BIN_DIR and MSS_SOURCE_DIR are set by ctest)."""
import json
import os
import subprocess

import pytest

import mss


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory):
    index = tmp_path_factory.mktemp("index")
    subprocess.run(
        [os.path.join(os.environ["MSS_BIN_DIR"], "mss-index"), "--quiet", "--index", str(index), "seeds"],
        cwd=os.environ["MSS_SOURCE_DIR"],
        check=True,
    )
    return str(index)


def search_json(index, *args):
    """What mss-search --json prints for the given arguments on the index at `index`, parsed."""
    done = subprocess.run(
        [os.path.join(os.environ["MSS_BIN_DIR"], "mss-search"), "--index", str(index), "--json", *args],
        cwd=os.environ["MSS_SOURCE_DIR"],
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="session")
def cli_json(seed_index):
    """What mss-search --json prints for the given arguments on the seed index, parsed."""
    return lambda *args: search_json(seed_index, *args)


@pytest.fixture
def wire_index(tmp_path):
    """An index of the given articles (dicts of the JSON Lines format), built by update_index."""

    def build(*articles):
        wire = tmp_path / "wire.jsonl"
        wire.write_text("".join(json.dumps(article, ensure_ascii=False) + "\n" for article in articles),
                        encoding="utf-8")
        index = tmp_path / "index"
        mss.update_index(index, wire)
        return index

    return build
