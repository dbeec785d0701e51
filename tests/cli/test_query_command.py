import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner
from sample_store import N_EVENTS, build_db

from eventwire.cli import main


@pytest.fixture
def db(tmp_path):
    return str(build_db(tmp_path / "sample.duckdb"))


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_query_prints_a_readable_event_table_by_default(db):
    result = run("query", "--db", db, "--limit", "40")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:5] == ["date", "source", "cameo", "plover", "target"]
    assert len(lines) == 1 + N_EVENTS
    assert any(line.split()[:5] == ["2017-03-02", "USAGOV", "163", "REDUCE", "RUSGOV"] for line in lines)
    assert f"1-{N_EVENTS} of {N_EVENTS} events" in result.stderr


def test_query_filters_and_formats(db):
    jsonl = run("query", "--db", db, "--dyad", "DEU-TUR", "--quad-class", "3", "--format", "jsonl")
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert {r["cameo"] for r in records} == {"111", "112"}
    rows = list(csv.DictReader(io.StringIO(run("query", "--db", db, "--actor", "Putin", "--format", "csv").stdout)))
    assert len(rows) == 5 and all("RUSGOV" in (r["source"], r["target"]) for r in rows)
    limited = run("query", "--db", db, "--limit", "2", "--offset", "1", "--format", "jsonl")
    assert len(limited.stdout.splitlines()) == 2


def test_query_stats(db):
    timeline = run("query", "--db", db, "--what", "timeline", "--dyad", "RUS-USA", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(timeline.stdout)))
    assert [(r["period"], r["q1"], r["total"]) for r in rows] == [("2017-01", "3", "3"), ("2017-03", "0", "2")]
    dyads = run("query", "--db", db, "--what", "dyads", "--limit", "1", "--format", "jsonl")
    assert json.loads(dyads.stdout)["source"] == "RUSGOV"
    actors = run("query", "--db", db, "--what", "actors", "--limit", "2")
    assert "Vladimir Putin" in actors.stdout
    quotes = run("query", "--db", db, "--what", "quotes", "--speaker", "Merkel", "--format", "jsonl")
    assert json.loads(quotes.stdout)["kind"] == "indirect"


def test_query_errors_name_the_bad_value(db):
    result = CliRunner().invoke(main, ["query", "--db", db, "--from", "2017-13"])
    assert result.exit_code == 2 and "2017-13" in result.stderr
    bad = CliRunner().invoke(main, ["query", "--db", db, "--dyad", "RUS"])
    assert bad.exit_code == 2 and "dyad" in bad.stderr
    injected = run("query", "--db", db, "--actor", "x'; DROP TABLE events; --", "--format", "jsonl")
    assert injected.exit_code == 0 and injected.stdout == ""
    assert run("stats", "--db", db, "--format", "json").stdout.count(f'"events": {N_EVENTS}') == 1


def test_export_gdelt_plover_parquet(db, tmp_path):
    gdelt = tmp_path / "events.tsv"
    result = run("export", "--db", db, "--format", "gdelt", "--out", str(gdelt))
    assert result.exit_code == 0
    lines = gdelt.read_text(encoding="utf-8").splitlines()
    assert len(lines) == N_EVENTS and all(len(line.split("\t")) == 61 for line in lines)
    plover = run("export", "--db", db, "--format", "plover", "--root", "11")
    assert [json.loads(line)["event_type"] for line in plover.stdout.splitlines()].count("ACCUSE") == 2
    folder = tmp_path / "pq"
    run("export", "--db", db, "--format", "parquet", "--out", str(folder))
    count = duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(folder / "events.parquet")])
    assert count.fetchone()[0] == N_EVENTS
