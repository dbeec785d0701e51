"""The dashboard in headless Chromium shows hostile article text as text: script tags, event-handler
attributes and javascript: URLs in every field (text, title, outlet, URL, actor names, rule, place,
speaker, quote, cue) never run, never become elements, and never become links."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from hostile_store import ARTICLE_ID, PAYLOADS, build_hostile_db

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
INJECTED = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    handlers: all.filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).map(e => e.outerHTML.slice(0, 80)),
    inline_scripts: [...document.querySelectorAll('script:not([src])')].length,
    frames: document.querySelectorAll('iframe, object, embed, frame').length,
    js_links: [...document.querySelectorAll('[href],[src],[action],[formaction]')].filter(e =>
        /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '')).length,
    foreign: document.querySelectorAll('#article img, #article details, #article math, #article style, #article input, #article svg, #code-result img, #code-result details, #code-result style, #code-result input').length,
    pwned: window.__pwned === undefined ? null : window.__pwned,
  };
}"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, pipeline):
    import uvicorn

    from eventwire.api import create_app

    db = build_hostile_db(tmp_path_factory.mktemp("hostile") / "hostile.duckdb")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, pipeline=pipeline), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def tab(hostile_server):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (scripts/install-browser.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as play:
        browser = play.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.dialogs = []
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.goto(hostile_server + "/")
        page.wait_for_selector("body[data-ready='1']", timeout=20_000)
        yield page
        browser.close()


def _assert_clean(page) -> None:
    found = page.evaluate(INJECTED)
    assert found == {"handlers": [], "inline_scripts": 0, "frames": 0, "js_links": 0, "foreign": 0, "pwned": None}
    assert page.dialogs == []


def test_hostile_fields_in_the_table_and_article_view_stay_text(tab):
    _assert_clean(tab)
    tab.locator(f"#events-table tbody tr.event-row[data-article='{ARTICLE_ID}']").first.click()
    tab.wait_for_selector("#article-text")
    tab.wait_for_timeout(300)   # give any injected handler (onload, onfocus, ontoggle) its chance
    _assert_clean(tab)
    shown = tab.locator("#article").text_content()
    for payload in PAYLOADS[:8]:           # the article text and fields show the markup as characters
        assert payload in shown, payload
    tab.locator("#article").screenshot(path=str(_out() / "security-hostile-article.png"))


def test_the_paste_box_shows_hostile_input_as_text(tab):
    tab.fill("#code-text", "Russia accused Ukraine of shelling civilians. " + " ".join(PAYLOADS))
    tab.click("#code-button")
    tab.wait_for_selector("#code-result .article-text", timeout=60_000)
    tab.wait_for_timeout(300)
    _assert_clean(tab)
    assert PAYLOADS[0] in tab.locator("#code-result").text_content()


def _out() -> Path:
    out = Path(__file__).resolve().parents[2] / "out"
    out.mkdir(exist_ok=True)
    return out
