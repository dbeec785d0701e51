"""Property tests of the REST API request handling: random bodies for POST /v1/code, random query
strings for every GET endpoint. Invariant: the answer is 2xx or a 4xx with a JSON message, never a
server error, and the database is unchanged."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from fuzz_budget import fuzz
from hypothesis import given
from hypothesis import strategies as st
from sample_store import build_db

from eventwire.store import EventStore

fastapi_testclient = pytest.importorskip("fastapi.testclient")


@pytest.fixture(scope="module")
def api(tmp_path_factory, pipeline):
    from eventwire.api import create_app

    db = build_db(tmp_path_factory.mktemp("api-fuzz") / "sample.duckdb")
    with EventStore(db, read_only=True) as store:
        before = store.stats()
    app = create_app(db, pipeline=pipeline, max_body_bytes=200_000)
    with fastapi_testclient.TestClient(app, raise_server_exceptions=True) as client:
        yield client
    with EventStore(db, read_only=True) as store:
        assert store.stats() == before, "the API changed the database"


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                         st.text(max_size=30))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3) |
                           st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=10)
TEXTS = ["Trump spoke by phone with Putin on Saturday.", "<script>alert(1)</script>", "", " ", "\x00",
         "'; DROP TABLE events; --", "/etc/passwd", "file:///etc/passwd", "“unbalanced", "a" * 5000]
code_bodies = st.one_of(
    st.fixed_dictionaries({"text": st.sampled_from(TEXTS) | st.text(max_size=200)},
                          optional={"published": st.sampled_from(["2017-01-29", "2017-02-30", "junk", "", "2017",
                                                                  "9999-12-31", "0001-01-01"]) | json_values,
                                    "id": json_values, "url": json_values, "title": json_values,
                                    "extra": json_values}),
    st.dictionaries(st.sampled_from(["text", "published", "id", "url", "title", "x"]), json_values, max_size=5),
    json_values,
)


def _assert_handled(resp) -> None:
    assert resp.status_code < 500, resp.text[:500]
    if resp.status_code >= 400:
        body = resp.json()
        assert isinstance(body.get("error"), str) and body["error"]


@fuzz(40, scale=0.5)
@given(code_bodies)
def test_code_endpoint_answers_any_json_body_without_a_server_error(api, body):
    resp = api.post("/v1/code", json=body)
    _assert_handled(resp)
    if resp.status_code == 200:
        out = resp.json()
        text = out["article"]["text"]
        for quote in out["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
        for time in out["times"]:
            assert text[time["start"]:time["end"]] == time["text"]


@fuzz(60)
@given(st.binary(max_size=300), st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded",
                                                  "multipart/form-data; boundary=x", ""]))
def test_code_endpoint_answers_any_bytes_without_a_server_error(api, raw, ctype):
    resp = api.post("/v1/code", content=raw, headers={"content-type": ctype} if ctype else {})
    _assert_handled(resp)


PARAMS = ["actor", "source", "target", "dyad", "cameo", "root", "quad_class", "plover", "modality", "date_from",
          "date_to", "place", "speaker", "article_id", "limit", "offset", "interval", "directed", "kind", "text",
          "unknown"]
INJECT = ["' OR 1=1 --", "%", "_", "\\", "RUS'; DROP TABLE events; --", "-", "--", "RUS-", "-USA", "2017-13",
          "0", "-1", "99999999999999999999", "1e3", "true", "NaN", "\x00", "０４", "٠٤"]
query_params = st.dictionaries(st.sampled_from(PARAMS), st.sampled_from(INJECT) | st.text(max_size=20), max_size=5)


@fuzz(60)
@given(st.sampled_from(["/v1/events", "/v1/quotes", "/v1/stats/timeline", "/v1/stats/dyads", "/v1/stats/actors",
                        "/v1/stats/summary"]), query_params)
def test_get_endpoints_answer_any_query_without_a_server_error(api, path, params):
    _assert_handled(api.get(path, params=params))


@fuzz(40)
@given(st.text(min_size=1, max_size=60).filter(lambda t: "/" not in t and t not in (".", "..")))
def test_article_endpoint_answers_any_id(api, ident):
    resp = api.get("/v1/articles/" + quote(ident, safe=""))
    _assert_handled(resp)
    assert resp.status_code in (200, 404, 422)
    if resp.status_code == 200:
        assert json.loads(resp.text)["article"]["id"] == ident
