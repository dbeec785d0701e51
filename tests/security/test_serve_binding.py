"""``eventwire serve`` binds to loopback unless told otherwise, and warns when exposed without a token."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner
from sample_store import build_db

from eventwire.cli import main as cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("serve") / "sample.duckdb")


@pytest.fixture
def fake_uvicorn(monkeypatch):
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    return calls


def test_default_host_is_loopback(db, fake_uvicorn, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_API_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert fake_uvicorn[-1]["host"] == "127.0.0.1"
    assert "warning" not in result.output


def test_an_exposed_server_without_a_token_is_warned_about(db, fake_uvicorn, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_API_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "without an API token" in result.output
    monkeypatch.setenv("EVENTWIRE_API_TOKEN", "t0ken")
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "without an API token" not in result.output


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_live_server_listens_on_loopback_only(db, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_API_TOKEN", raising=False)
    port = _free_port()
    exe = str(Path(sys.executable).with_name("eventwire"))
    proc = subprocess.Popen([exe, "serve", "--db", str(db), "--port", str(port), "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        listening: list = []
        for _ in range(600):
            if proc.poll() is not None:
                pytest.fail(f"eventwire serve exited with {proc.returncode}")
            procs = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
            listening = [c.laddr for p in procs for c in p.net_connections(kind="inet")
                         if c.status == psutil.CONN_LISTEN]
            if listening:
                break
            time.sleep(0.1)
        assert listening, "the server never listened"
        assert all(addr.ip in ("127.0.0.1", "::1") for addr in listening), listening
        assert {addr.port for addr in listening} == {port}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
