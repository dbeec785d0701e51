"""Fixtures of the API tests: a small hand-made database (tests/sample_store.py)."""

import duckdb
import pytest
from sample_store import build_db


@pytest.fixture
def sample_db(tmp_path):
    return build_db(tmp_path / "sample.duckdb")


@pytest.fixture
def con(sample_db):
    connection = duckdb.connect(str(sample_db), read_only=True)
    yield connection
    connection.close()
