"""Fixtures for the Python module tests: an index of the repository's seeds, built once by the
real mss-index (MSS_BIN_DIR and MSS_SOURCE_DIR are set by ctest)."""
import json
import os
import subprocess

import pytest


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory):
    index = tmp_path_factory.mktemp("index")
    subprocess.run(
        [os.path.join(os.environ["MSS_BIN_DIR"], "mss-index"), "--quiet", "--index", str(index), "seeds"],
        cwd=os.environ["MSS_SOURCE_DIR"],
        check=True,
    )
    return str(index)


@pytest.fixture(scope="session")
def cli_json(seed_index):
    """What mss-search --json prints for the given arguments, parsed."""

    def run(*args):
        done = subprocess.run(
            [os.path.join(os.environ["MSS_BIN_DIR"], "mss-search"), "--index", seed_index, "--json", *args],
            cwd=os.environ["MSS_SOURCE_DIR"],
            capture_output=True,
            text=True,
        )
        return json.loads(done.stdout)

    return run
