"""The REST API against the real app (FastAPI TestClient), including bad requests."""

import hashlib

import pytest
from fastapi.testclient import TestClient
from sample_store import N_EVENTS

from eventwire.api import create_app
from eventwire.errors import StoreError

INJECTIONS = ["'; DROP TABLE events; --", "x\" OR 1=1 --", "RUS' OR '1'='1", "%", "_",
              "1); DELETE FROM articles; --", "' UNION SELECT record FROM quotes --"]


@pytest.fixture
def client(sample_db, pipeline):
    with TestClient(create_app(sample_db, pipeline=pipeline)) as test_client:
        yield test_client


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_events_page_and_filters(client):
    body = client.get("/v1/events", params={"limit": 4}).json()
    assert body["total"] == N_EVENTS and len(body["items"]) == 4 and body["next_offset"] == 4
    last = client.get("/v1/events", params={"limit": 4, "offset": 8}).json()
    assert len(last["items"]) == N_EVENTS - 8 and last["next_offset"] is None
    dyad = client.get("/v1/events", params={"source": "USA", "target": "RUSGOV"}).json()
    assert dyad["total"] == 2 and {e["cameo"] for e in dyad["items"]} == {"041", "163"}
    assert client.get("/v1/events", params={"quad_class": 3, "date_from": "2017-03"}).json()["total"] == 4


def test_quotes_and_article(client):
    quotes = client.get("/v1/quotes", params={"speaker": "Merkel"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["text"] == "Germany will not ban the rallies"
    article = client.get("/v1/articles/a_a1").json()
    assert article["article"]["title"] == "Trump and Putin hold first call"
    assert len(article["events"]) == 3 and article["times"][0]["value"] == "2017-01-28"
    missing = client.get("/v1/articles/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["error"]


def test_stats_endpoints(client):
    timeline = client.get("/v1/stats/timeline", params={"dyad": "RUS-USA", "interval": "month"}).json()
    assert [p["period"] for p in timeline["periods"]] == ["2017-01", "2017-03"]
    assert timeline["periods"][0]["counts"]["1"] == 3
    dyads = client.get("/v1/stats/dyads", params={"limit": 1}).json()["dyads"]
    assert dyads == [{"source": "RUSGOV", "target": "USAGOV", "count": 3, "goldstein": -0.867,
                      "counts": {"1": 2, "2": 0, "3": 1, "4": 0}}]
    actors = client.get("/v1/stats/actors", params={"limit": 2}).json()["actors"]
    assert {a["code"] for a in actors} == {"RUSGOV", "USAGOV"}
    summary = client.get("/v1/stats/summary").json()
    assert summary["events"] == N_EVENTS and summary["first_date"] == "2017-01-28"
    meta = client.get("/v1/meta").json()
    assert meta["cameo_roots"]["04"] and "ACCUSE" in meta["plover_types"]


def test_openapi_is_served(client):
    spec = client.get("/openapi.json").json()
    for path in ("/v1/code", "/v1/events", "/v1/quotes", "/v1/articles/{article_id}", "/v1/stats/timeline",
                 "/v1/stats/dyads"):
        assert path in spec["paths"]
    names = {p["name"] for p in spec["paths"]["/v1/events"]["get"]["parameters"]}
    assert {"actor", "dyad", "cameo", "quad_class", "date_from", "limit", "offset"} <= names


def test_code_endpoint_codes_text(client, record_validator):
    text = "Germany sharply criticised Turkey on Monday over the arrest of journalists."
    resp = client.post("/v1/code", json={"text": text, "published": "2017-03-07", "id": "mine"})
    assert resp.status_code == 200
    body = resp.json()
    assert body["article"]["id"] == "mine" and body["article"]["status"] == "ok"
    assert body["article"]["published"] == "2017-03-07"
    assert set(body) == {"article", "events", "quotes", "times"}
    record_validator("article", body["article"])
    for kind, key in (("event", "events"), ("quote", "quotes"), ("time", "times")):
        for record in body[key]:
            record_validator(kind, record)
            assert record["article_id"] == "mine"


def test_code_never_opens_a_path_given_as_text(client):
    body = client.post("/v1/code", json={"text": "/etc/passwd"}).json()
    assert body["article"]["text"] in ("/etc/passwd", "")
    assert "root:" not in str(body)
    unknown = client.post("/v1/code", json={"text": "x", "path": "/etc/passwd"})
    assert unknown.status_code == 422 and "path" in unknown.json()["error"]


@pytest.mark.parametrize("content, status, words", [
    (b"{not json", 400, "invalid JSON"),
    (b'{"text": "Hello there", "unknown": 1}', 422, "unknown field 'unknown'"),
    (b'{"text": "Hello there", "published": "2017-02-30"}', 422, "not a date"),
    (b'{"text": "Hello there", "published": "yesterday"}', 422, "not a date"),
    (b'{"published": "2017-02-03"}', 422, "text"),
    (b'{"text": ""}', 422, "text"),
    (b'["text"]', 422, "object"),
    (b'{"text": 5}', 422, "text"),
])
def test_bad_code_requests_get_a_4xx_with_a_message(client, content, status, words):
    resp = client.post("/v1/code", content=content, headers={"content-type": "application/json"})
    assert resp.status_code == status
    assert words.lower() in resp.json()["error"].lower()


def test_a_50mb_body_is_refused_before_it_is_read(client, sample_db):
    before = _digest(sample_db)
    resp = client.post("/v1/code", content=b"x" * (50 * 2**20), headers={"content-type": "application/json"})
    assert resp.status_code == 413 and "larger than the limit" in resp.json()["error"]

    def chunks():  # no Content-Length: the limit is counted while reading
        for _ in range(50):
            yield b"x" * 2**20

    streamed = client.post("/v1/code", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert _digest(sample_db) == before


@pytest.mark.parametrize("params, words", [
    ({"date_from": "2017-13-01"}, "date_from"),
    ({"date_to": "last week"}, "date_to"),
    ({"quad_class": 9}, "quad_class"),
    ({"quad_class": "one"}, "quad_class"),
    ({"limit": 0}, "limit"),
    ({"limit": 100000}, "limit"),
    ({"offset": -1}, "offset"),
    ({"cameo": "04; DROP"}, "cameo"),
    ({"modality": "maybe"}, "modality"),
    ({"actr": "RUS"}, "unknown field 'actr'"),
    ({"dyad": "RUS"}, "dyad"),
])
def test_bad_filters_get_a_4xx_with_a_message(client, params, words):
    resp = client.get("/v1/events", params=params)
    assert 400 <= resp.status_code < 500
    assert words in resp.json()["error"]


def test_sql_looking_values_in_every_filter_leave_the_database_intact(client, sample_db):
    before = _digest(sample_db)
    for value in INJECTIONS:
        for name in ("actor", "source", "target", "place", "speaker", "article_id"):
            for path in ("/v1/events", "/v1/stats/timeline", "/v1/stats/dyads", "/v1/stats/actors"):
                resp = client.get(path, params={name: value})
                assert resp.status_code == 200, (path, name, value, resp.text)
            assert client.get("/v1/events", params={name: value}).json()["total"] == 0
        assert client.get("/v1/events", params={"dyad": f"{value}-USA"}).json()["total"] == 0
        assert client.get("/v1/quotes", params={"speaker": value, "text": value}).json()["total"] == 0
        assert client.get(f"/v1/articles/{value.replace('/', '')}").status_code == 404
    assert client.get("/v1/stats/summary").json()["events"] == N_EVENTS
    assert _digest(sample_db) == before


def test_token_protects_every_v1_endpoint(sample_db, pipeline):
    with TestClient(create_app(sample_db, token="s3cret", pipeline=pipeline)) as client:
        for method, path in (("get", "/v1/events"), ("post", "/v1/code"), ("get", "/v1/stats/timeline")):
            resp = client.request(method, path, json={"text": "Hello there friends"} if method == "post" else None)
            assert resp.status_code == 401 and "token" in resp.json()["error"]
        wrong = client.get("/v1/events", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        assert client.get("/v1/events", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert client.get("/v1/events", headers={"X-API-Token": "s3cret"}).status_code == 200
        ok = client.post("/v1/code", json={"text": "Hello there friends"}, headers={"X-API-Token": "s3cret"})
        assert ok.status_code == 200
        assert client.get("/").status_code == 200  # the dashboard page itself asks for the token


def test_responses_carry_a_strict_content_security_policy(client):
    for path in ("/", "/v1/events", "/static/app.js"):
        resp = client.get(path)
        assert resp.status_code == 200
        csp = resp.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert resp.headers["x-content-type-options"] == "nosniff"


def test_missing_database_is_an_error(tmp_path):
    with pytest.raises(StoreError):
        create_app(tmp_path / "absent.duckdb")


def test_allowed_hosts_refuse_other_host_names(sample_db):
    app = create_app(sample_db, allowed_hosts=("127.0.0.1", "localhost", "::1"))
    for base in ("http://127.0.0.1:8000", "http://localhost", "http://[::1]:8000"):
        assert TestClient(app, base_url=base).get("/v1/stats/summary").status_code == 200
    remote = TestClient(app, base_url="http://rebound.example.com")
    resp = remote.get("/v1/events")
    assert resp.status_code == 400 and "host" in resp.json()["error"]
    assert remote.get("/").status_code == 400


def test_a_body_that_is_not_json_is_refused_with_a_message(client):
    resp = client.post("/v1/code", content=b'{"text": "Hello there friends"}',
                       headers={"content-type": "text/plain"})
    assert resp.status_code == 422 and "Content-Type: application/json" in resp.json()["error"]
