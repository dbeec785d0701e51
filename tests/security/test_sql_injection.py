"""SQL injection strings in every filter of the REST API and of ``eventwire query``.

Every value must reach DuckDB as a bound parameter: the answer is a 4xx with a message or an
empty result (no actor, place or quote contains these strings), and the database is unchanged.
"""

from __future__ import annotations

import json

import duckdb
import pytest
from click.testing import CliRunner
from sample_store import build_db

from eventwire.cli import main as cli
from eventwire.store.queries import EventFilter, QuoteFilter

INJECTIONS = [
    "' OR '1'='1", "' OR 1=1 --", "RUS' OR '1'='1", "'; DROP TABLE events; --", "\"; DROP TABLE articles; --",
    "RUS%' OR '%'='", "%", "_", "%%", "\\", "\\'", "' UNION SELECT record FROM events --",
    "1) OR (1=1", "USAGOV'--", "'/**/OR/**/1=1/**/--", "RUS' ; COPY events TO '/tmp/eventwire_leak.csv' --",
    "0; ATTACH '/tmp/eventwire_evil.duckdb' AS evil; --", "${jndi:ldap://127.0.0.1/x}", "\x00' OR 1=1",
    "' OR 1=1 -- -RUS", "RUS-USA' OR 'a'='a",
]
API_EVENT_ENDPOINTS = ["/v1/events", "/v1/stats/timeline", "/v1/stats/dyads", "/v1/stats/actors"]


def _fingerprint(db) -> tuple:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = tuple(sorted(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()))
        counts = tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
        return tables, counts
    finally:
        con.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("inject") / "sample.duckdb")


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    before = _fingerprint(db)
    with TestClient(create_app(db)) as c:
        yield c
    assert _fingerprint(db) == before, "an injection string changed the database"


def _empty_or_refused(resp) -> None:
    assert resp.status_code in (200, 400, 422), resp.text[:300]
    body = resp.json()
    if resp.status_code != 200:
        assert body["error"]
        return
    if "items" in body:
        assert body["total"] == 0 and body["items"] == [], body
    for key in ("dyads", "actors"):
        if key in body:
            assert body[key] == [], body
    if "periods" in body:
        assert all(sum(p.get("counts", {}).values() or [0]) == 0 for p in body["periods"]), body


@pytest.mark.parametrize("field", [f for f in EventFilter.names()])
def test_event_filters_through_the_api(client, field):
    for endpoint in API_EVENT_ENDPOINTS:
        for value in INJECTIONS:
            _empty_or_refused(client.get(endpoint, params={field: value}))


@pytest.mark.parametrize("field", QuoteFilter.names())
def test_quote_filters_through_the_api(client, field):
    for value in INJECTIONS:
        _empty_or_refused(client.get("/v1/quotes", params={field: value}))


def test_article_ids_and_paging_through_the_api(client):
    for value in INJECTIONS:
        resp = client.get("/v1/articles/" + value.replace("%", "%25").replace("\x00", "%00").replace("/", "%2F"))
        assert resp.status_code in (404, 422), resp.text[:200]
        for param in ("limit", "offset"):
            _empty_or_refused(client.get("/v1/events", params={param: value}))


def test_a_literal_percent_does_not_match_everything(client):
    """LIKE wildcards are escaped: '%' and '_' match only themselves."""
    assert client.get("/v1/events").json()["total"] > 0
    for value in ("%", "_", "%%", "_%_"):
        assert client.get("/v1/events", params={"actor": value}).json()["total"] == 0
        assert client.get("/v1/quotes", params={"text": value}).json()["total"] == 0


CLI_FLAGS = {"actor": "--actor", "source": "--source", "target": "--target", "dyad": "--dyad", "cameo": "--cameo",
             "root": "--root", "plover": "--plover", "place": "--place", "speaker": "--speaker",
             "article_id": "--article", "date_from": "--from", "date_to": "--to", "modality": "--modality",
             "quad_class": "--quad-class"}


@pytest.mark.parametrize("field", EventFilter.names())
def test_every_filter_of_eventwire_query(db, field):
    assert field in CLI_FLAGS, f"no CLI flag known for filter {field}"
    before = _fingerprint(db)
    runner = CliRunner()
    for what in ("events", "timeline", "dyads", "actors"):
        for value in INJECTIONS:
            result = runner.invoke(cli, ["query", "--db", str(db), "--what", what, "--format", "jsonl",
                                         CLI_FLAGS[field], value])
            assert result.exception is None or isinstance(result.exception, SystemExit), result.output
            assert result.exit_code in (0, 2), result.output
            if result.exit_code == 0 and what == "events":
                assert [json.loads(line) for line in result.stdout.splitlines() if line.strip()] == []
            elif result.exit_code == 2:
                assert "rror" in result.output   # a message, not a traceback
    assert _fingerprint(db) == before
