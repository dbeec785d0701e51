"""The API's own defences: the token on every /v1 endpoint, security headers on every answer,
file paths in requests never opened, JSON (never HTML) for article text."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from hostile_store import ARTICLE_ID, PAYLOADS, TEXT, build_hostile_db
from sample_store import build_db

TOKEN = "s3cret-token-for-tests"
GETS = ["/v1/events", "/v1/quotes", "/v1/articles/a_a1", "/v1/stats/timeline", "/v1/stats/dyads",
        "/v1/stats/actors", "/v1/stats/summary", "/v1/meta"]
CODE_BODY = {"text": "Trump spoke by phone with Putin on Saturday.", "published": "2017-01-29"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("apisec") / "sample.duckdb")


def _client(db, pipeline, token=None):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    return TestClient(create_app(db, pipeline=pipeline, token=token))


def test_every_v1_endpoint_refuses_without_the_token_when_one_is_set(db, pipeline):
    with _client(db, pipeline, TOKEN) as client:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"X-API-Token": TOKEN[:-1]},
                        {"Authorization": TOKEN}, {"Authorization": "Basic " + TOKEN}, {"X-API-Token": ""},
                        {"Authorization": "Bearer " + TOKEN.upper()}):
            for path in GETS:
                resp = client.get(path, headers=headers)
                assert resp.status_code == 401, (path, headers)
                assert resp.json()["error"] and resp.headers["www-authenticate"] == "Bearer"
            resp = client.post("/v1/code", json=CODE_BODY, headers=headers)   # the endpoint that runs the coder
            assert resp.status_code == 401
            # the token is checked before the body is read: a huge body gets 401, not 413
            assert client.post("/v1/code", content=b"x" * 3_000_000, headers=headers).status_code == 401
        for headers in ({"Authorization": "Bearer " + TOKEN}, {"X-API-Token": TOKEN}):
            for path in GETS:
                assert client.get(path, headers=headers).status_code == 200, path
            resp = client.post("/v1/code", json=CODE_BODY, headers=headers)
            assert resp.status_code == 200 and resp.json()["events"]


def test_without_a_token_configured_the_api_is_open_on_loopback(db, pipeline):
    with _client(db, pipeline) as client:
        assert all(client.get(path).status_code == 200 for path in GETS)


def test_every_answer_carries_the_security_headers(db, pipeline):
    with _client(db, pipeline, TOKEN) as client:
        auth = {"Authorization": "Bearer " + TOKEN}
        answers = [client.get("/"), client.get("/static/app.js"), client.get("/v1/events", headers=auth),
                   client.get("/v1/events"), client.get("/v1/articles/nope", headers=auth),
                   client.get("/v1/events", params={"cameo": "x"}, headers=auth), client.get("/openapi.json")]
        for resp in answers:
            csp = resp.headers.get("content-security-policy", "")
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
            assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
            assert resp.headers.get("x-content-type-options") == "nosniff"
        for resp in answers[2:6]:
            assert resp.headers["content-type"].startswith("application/json")


def test_hostile_article_text_comes_back_verbatim_as_json_never_as_html(tmp_path, pipeline):
    db = build_hostile_db(tmp_path / "hostile.duckdb")
    with _client(db, pipeline) as client:
        resp = client.get(f"/v1/articles/{ARTICLE_ID}")
        assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/json")
        body = resp.json()
        assert body["article"]["text"] == TEXT and body["article"]["title"] == PAYLOADS[1] + PAYLOADS[0]
        events = client.get("/v1/events").json()["items"]
        assert events[0]["rule"].endswith(PAYLOADS[5]) and events[0]["source"]["name"] == PAYLOADS[3]
        coded = client.post("/v1/code", json={"text": " ".join(PAYLOADS) + " Russia accused Ukraine."})
        assert coded.status_code == 200 and coded.headers["content-type"].startswith("application/json")
        for page in (client.get("/"), client.get("/static/index.html")):
            assert all(p not in page.text for p in PAYLOADS)   # the page itself never embeds data


def test_the_dashboard_scripts_never_build_html_from_strings():
    """Static check of web/*.js: data reaches the page as text nodes only (dom.js)."""
    import re

    web = Path(sys.modules["eventwire"].__file__).parent / "web"
    risky = re.compile(r"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
                       r"\.srcdoc|setAttribute\(\s*[`'\"]on|\.on\w+\s*=(?!=)")
    for path in sorted(web.glob("*.js")):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            code = line.split("//", 1)[0]
            assert not risky.search(code), f"{path.name}:{n}: {line.strip()}"
    html = (web / "index.html").read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script in index.html"
    assert not re.search(r"\son[a-z]+\s*=", html), "event-handler attribute in index.html"


# ---------------------------------------------------------------- file paths are never opened


@pytest.fixture
def opened(tmp_path):
    """A secret file, and the list of times anything opened it (Python audit hook)."""
    secret = tmp_path / "secret" / "passwd.txt"
    secret.parent.mkdir()
    secret.write_text("TOP-SECRET-CONTENT-7f3a")
    seen: list[str] = []
    watch = str(secret.parent)

    def hook(event, args):
        if event in ("open", "os.listdir", "os.scandir") and args and watch in str(args[0]):
            seen.append(f"{event} {args[0]}")

    _HOOKS.append(hook)
    secret.read_text()                   # the detector works: this open is seen
    assert seen, "the audit hook did not see an open"
    seen.clear()
    yield secret, seen
    _HOOKS.remove(hook)


_HOOKS: list = []
sys.addaudithook(lambda event, args: [h(event, args) for h in list(_HOOKS)])


def test_paths_in_api_requests_are_never_opened(db, pipeline, opened):
    from eventwire.api.app import WEB_DIR

    secret, seen = opened
    values = [str(secret), f"file://{secret}", f"../../../../../../..{secret}", f"{secret}\x00.txt",
              str(secret.parent), "/etc/passwd", "~/.ssh/id_rsa"]
    rel = Path("../" * (len(WEB_DIR.parts) + 2)).joinpath(*secret.parts[1:])
    with _client(db, pipeline) as client:
        answers = []
        for value in values:
            answers.append(client.post("/v1/code", json={"text": value, "id": value[:200], "url": value,
                                                         "title": value}))
            answers.append(client.post("/v1/code", json={"text": "Putin met Trump.", "published": value}))
            for path in GETS:
                answers.append(client.get(path.replace("a_a1", quote(value, safe="")[:200]),
                                          params={"article_id": value[:200], "place": value[:200],
                                                  "actor": value[:200]}))
        for traversal in (f"/static/{rel}", f"/static/{str(rel).replace('/', '%2F')}",
                          f"/static/{str(rel).replace('..', '%2e%2e')}", f"/static/{secret}", f"/static//{secret}",
                          "/static/../api/app.py", "/static/%2e%2e/api/app.py", "/static/..%2Fapi%2Fapp.py"):
            answers.append(client.get(traversal))
    assert seen == [], seen
    for resp in answers:
        assert resp.status_code < 500
        assert "TOP-SECRET-CONTENT-7f3a" not in resp.text and "def create_app" not in resp.text
