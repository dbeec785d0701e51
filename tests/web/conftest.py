"""Fixtures of the dashboard tests: the real app under uvicorn on 127.0.0.1 and headless Debian chromium."""

import shutil
from pathlib import Path

import pytest
from live_server import live_server
from sample_store import build_db

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    """Base URL of a live server over the sample database, on a free loopback port."""
    from eventwire.api import create_app

    db = build_db(tmp_path_factory.mktemp("web") / "sample.duckdb")
    with live_server(create_app(db, pipeline=pipeline)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (scripts/install-browser.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda err: tab.errors.append(str(err)))
    tab.goto(server + "/")
    tab.wait_for_selector("body[data-ready='1']", timeout=20_000)
    yield tab
    context.close()
