import pytest
from click.testing import CliRunner
from fastapi import FastAPI
from sample_store import build_db

from eventwire.cli import main


@pytest.fixture
def served(monkeypatch):
    calls = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    return calls


def test_serve_binds_loopback_by_default_and_reads_the_token_from_the_environment(tmp_path, served, monkeypatch):
    db = str(build_db(tmp_path / "s.duckdb"))
    monkeypatch.delenv("EVENTWIRE_API_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0
    app, kw = served[-1]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8000
    assert isinstance(app, FastAPI) and app.state.api_token is None
    guard = next(m for m in app.user_middleware if m.cls.__name__ == "Guard")
    assert set(guard.kwargs["allowed_hosts"]) >= {"127.0.0.1", "localhost"}
    monkeypatch.setenv("EVENTWIRE_API_TOKEN", "from-env")
    CliRunner().invoke(main, ["serve", "--db", db, "--port", "9001"], catch_exceptions=False)
    app, kw = served[-1]
    assert app.state.api_token == "from-env" and kw["port"] == 9001


def test_serve_warns_when_exposed_without_a_token(tmp_path, served, monkeypatch):
    db = str(build_db(tmp_path / "s.duckdb"))
    monkeypatch.delenv("EVENTWIRE_API_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", db, "--host", "0.0.0.0"], catch_exceptions=False)
    assert "without an API token" in result.stderr
    quiet = CliRunner().invoke(main, ["serve", "--db", db, "--host", "0.0.0.0", "--token", "t"],
                               catch_exceptions=False)
    assert "without an API token" not in quiet.stderr and served[-1][0].state.api_token == "t"


def test_serve_refuses_a_missing_database(tmp_path, served):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "absent.duckdb")])
    assert result.exit_code == 2 and not served


def test_serve_with_workers_hands_uvicorn_a_factory_whose_apps_keep_the_settings(tmp_path, served, monkeypatch):
    from eventwire.cli.serve import WORKER_SETTINGS_ENV, worker_app

    db = str(build_db(tmp_path / "s.duckdb"))
    monkeypatch.setenv(WORKER_SETTINGS_ENV, "{}")  # restored after the test
    monkeypatch.setenv("EVENTWIRE_API_TOKEN", "t")
    result = CliRunner().invoke(main, ["serve", "--db", db, "--workers", "2", "--max-queue", "5", "--max-batch", "3"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    target, kw = served[-1]
    assert target == "eventwire.cli.serve:worker_app" and kw["factory"] is True and kw["workers"] == 2
    app = worker_app()
    state = app.state.eventwire
    assert state.batcher.max_queue == 5 and state.batcher.max_batch == 3 and app.state.api_token == "t"
    guard = next(m for m in app.user_middleware if m.cls.__name__ == "Guard")
    assert "localhost" in guard.kwargs["allowed_hosts"]
    state.store.close()
