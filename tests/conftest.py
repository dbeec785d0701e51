"""Shared fixtures: one pipeline per test process (loading spaCy is the slow part)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from eventwire import Options, Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data" / "seed" / "usatoday-putin-trump-2017.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Options())


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("shared/ data not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def record_validator():
    """validate(kind, record) against the JSON Schema shipped in the package."""
    schema = json.loads(resources.files("eventwire").joinpath("schema", "records.schema.json").read_text())

    def validate(kind: str, record: dict) -> None:
        sub = {"$ref": f"#/$defs/{kind}", "$defs": schema["$defs"]}
        jsonschema.validate(record, sub)

    return validate


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False,
                     help="also run the tests marked slow (long fault-injection and fuzz rounds)")


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` are skipped unless ``--runslow`` is given (or ``-m`` names them)."""
    if config.getoption("--runslow") or "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def sample_db(tmp_path):
    """A small hand-made database (tests/sample_store.py), for the store, API and web tests."""
    from sample_store import build_db

    return build_db(tmp_path / "sample.duckdb")


@pytest.fixture
def con(sample_db):
    import duckdb

    connection = duckdb.connect(str(sample_db), read_only=True)
    yield connection
    connection.close()
