"""The API under a live uvicorn on 127.0.0.1: bad requests over real HTTP get 4xx and the database is intact."""

import hashlib
import socket
from urllib.parse import urlsplit

import httpx
import pytest
from live_server import live_server
from sample_store import N_EVENTS

from eventwire.api import create_app


@pytest.fixture
def live(sample_db, pipeline):
    with live_server(create_app(sample_db, pipeline=pipeline)) as url:
        yield url


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_50mb_request_is_refused_from_its_headers(live):
    parts = urlsplit(live)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(b"POST /v1/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 52428800\r\n\r\n" + b"x" * 65536)
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413")
    assert httpx.get(live + "/v1/stats/summary").json()["events"] == N_EVENTS


def test_bad_requests_over_http_get_4xx_and_leave_the_database_intact(live, sample_db):
    before = _digest(sample_db)
    with httpx.Client(base_url=live, timeout=30) as client:
        bad_json = client.post("/v1/code", content=b'{"text": "unterminated', headers={"content-type":
                                                                                     "application/json"})
        assert bad_json.status_code == 400 and "invalid JSON" in bad_json.json()["error"]
        unknown = client.post("/v1/code", json={"text": "Hello there", "file": "/etc/passwd"})
        assert unknown.status_code == 422 and "file" in unknown.json()["error"]
        bad_date = client.get("/v1/events", params={"date_from": "2017-02-30"})
        assert bad_date.status_code == 422 and "date_from" in bad_date.json()["error"]
        injected = client.get("/v1/events", params={"actor": "'; DROP TABLE events; --"})
        assert injected.status_code == 200 and injected.json()["total"] == 0
        coded = client.post("/v1/code", json={"text": "Germany sharply criticised Turkey on Monday.",
                                              "published": "2017-03-07"})
        assert coded.status_code == 200 and coded.json()["article"]["status"] == "ok"
        assert client.get("/v1/stats/summary").json()["events"] == N_EVENTS
    assert _digest(sample_db) == before
