import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from source_pages import article_page

from eventwire.options import Options
from eventwire.sources import read_inputs
from eventwire.sources.feeds import Fetcher, read_feed_url

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Leaders meet</title><link>{base}/story/1</link><guid>s1</guid>
<pubDate>Tue, 09 Mar 2021 08:30:00 GMT</pubDate>
<description>&lt;p&gt;The presidents of Chile and Peru met in Lima on Tuesday.&lt;/p&gt;&lt;p&gt;They agreed to talks.&lt;/p&gt;</description></item>
<item><title>Second</title><link>{base}/story/2</link><guid>s2</guid>
<description>Kenya and Uganda signed a trade agreement on Monday.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>One</title><link href="https://a.example/1"/><id>urn:1</id><updated>2022-01-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;Brazil offered aid to Bolivia after the floods.&lt;/p&gt;</content></entry></feed>"""


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path == "/slow.rss":
            self.server.release.wait(5)   # longer than the client's timeout: the client gives up first
            body, status = b"", 200
        elif self.path == "/flaky.rss" and self.hits[self.path] == 1:
            body, status = b"busy", 503
        elif self.path in ("/feed.rss", "/flaky.rss"):
            body, status = RSS.format(base=base).encode(), 200
        elif self.path.startswith("/story/"):
            body, status = article_page(f"Story {self.path[-1]} on fishing talks").encode(), 200
        else:
            body, status = b"not here", 404
        try:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture()
def server():
    Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.release = threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()


FAST = {"fetch_timeout": 0.5, "fetch_retries": 1, "fetch_interval": 0.01}


def test_rss_and_atom_files(tmp_path):
    rss = tmp_path / "wire.rss"
    rss.write_text(RSS.format(base="https://wire.example.org"))
    atom = tmp_path / "wire.atom"
    atom.write_text(ATOM)
    articles = list(read_inputs([rss, atom], Options()))
    assert [a.url for a in articles] == ["https://wire.example.org/story/1", "https://wire.example.org/story/2",
                                         "https://a.example/1"]
    first = articles[0]
    assert first.text == "The presidents of Chile and Peru met in Lima on Tuesday.\nThey agreed to talks."
    assert (first.title, first.outlet, first.published) == ("Leaders meet", "Example Wire", "2021-03-09")
    assert articles[2].published == "2022-01-02" and "Bolivia" in articles[2].text
    assert len({a.id for a in articles}) == 3


def test_not_a_feed_is_accounted_for(tmp_path):
    bad = tmp_path / "broken.rss"
    bad.write_text("this is a plain text file, not XML at all")
    [article] = read_inputs([bad], Options())
    assert article.status == "failed" and "not a readable feed" in article.reason
    broken = tmp_path / "cut.rss"
    broken.write_text(RSS.format(base="https://w.example")[:420])   # cut inside the first item
    articles = list(read_inputs([broken], Options()))
    assert articles and all(a.status in ("ok", "failed", "skipped") for a in articles)


def test_feed_url_with_pages_fetched(server):
    options = Options(extra={**FAST, "feed_fetch_pages": True})
    articles = list(read_inputs([server + "/feed.rss"], options))
    assert [a.status for a in articles] == ["ok", "ok"]
    assert all("joint commission" in a.text for a in articles)
    assert articles[0].url == server + "/story/1" and articles[0].published == "2021-03-09"


def test_feed_that_times_out_fails_alone(server):
    options = Options(extra=FAST)
    articles = list(read_inputs([server + "/slow.rss", server + "/feed.rss"], options))
    assert [a.status for a in articles] == ["failed", "ok", "ok"]
    assert "timed out" in articles[0].reason and "2 tries" in articles[0].reason


def test_retry_after_server_error_and_no_retry_on_404(server):
    articles = list(read_feed_url(server + "/flaky.rss", Options(extra=FAST)))
    assert [a.status for a in articles] == ["ok", "ok"]
    assert Handler.hits["/flaky.rss"] == 2
    [missing] = read_feed_url(server + "/missing.rss", Options(extra=FAST))
    assert missing.status == "failed" and "HTTP 404" in missing.reason
    assert Handler.hits["/missing.rss"] == 1


def test_polite_interval_between_requests_to_one_host():
    waits: list[float] = []
    now = [100.0]
    fetcher = Fetcher(interval=2.0, sleep=lambda s: waits.append(s), clock=lambda: now[0])
    fetcher._wait_turn("a.example")
    now[0] += 0.5
    fetcher._wait_turn("a.example")
    fetcher._wait_turn("b.example")
    assert waits == [1.5]
