"""RSS and Atom feeds from files or URLs (feedparser). The only network use in eventwire.

Every fetch has a timeout, a bounded number of retries with back-off, and a polite minimum
interval between two requests to the same host. A feed that cannot be fetched becomes one
failed Article naming the URL and the fault; with ``Options(extra={"feed_fetch_pages": True})``
each entry's page is fetched and extracted too (a page that cannot be fetched fails alone).

Settings (``Options.extra``): ``fetch_timeout`` seconds (10), ``fetch_retries`` (2),
``fetch_interval`` seconds between requests to one host (1.0), ``user_agent``.
"""

from __future__ import annotations

import logging
import socket
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..ids import article_id, stable_hash
from ..options import Options
from ..records import Article
from .html import article_from_html
from .text import failed_article

log = logging.getLogger(__name__)

USER_AGENT = "eventwire/0.1 (+open political event coder; polite fetcher)"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


@dataclass
class Fetcher:
    """HTTP GET with a timeout, retries with back-off, and a minimum interval per host."""

    timeout: float = 10.0
    retries: int = 2
    interval: float = 1.0
    max_bytes: int = 5_000_000
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_options(cls, options: Options) -> "Fetcher":
        extra = options.extra
        return cls(timeout=float(extra.get("fetch_timeout", 10.0)), retries=int(extra.get("fetch_retries", 2)),
                   interval=float(extra.get("fetch_interval", 1.0)), max_bytes=options.max_doc_bytes,
                   user_agent=str(extra.get("user_agent", USER_AGENT)))

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = self.interval - (self.clock() - last)
            if delay > 0:
                self.sleep(delay)
        self._last[host] = self.clock()

    def get(self, url: str) -> bytes:
        """The body of ``url``; raises InputError after the last failed try, naming the fault."""
        host = urlsplit(url).netloc
        fault = "no try made"
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(min(self.interval * 2 ** attempt, 30.0))
            self._wait_turn(host)
            request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    body = response.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise InputError(f"{url}: response larger than {self.max_bytes} bytes")
                return body
            except urllib.error.HTTPError as err:
                fault = f"HTTP {err.code}"
                if err.code not in RETRY_STATUS:
                    break
            except (socket.timeout, TimeoutError):
                fault = f"timed out after {self.timeout:g} s"
            except (urllib.error.URLError, ConnectionError, OSError) as err:
                reason = getattr(err, "reason", err)
                fault = "timed out" if isinstance(reason, (socket.timeout, TimeoutError)) else f"{reason}"
            log.info("fetch %s failed (%s), try %d of %d", url, fault, attempt + 1, self.retries + 1)
        raise InputError(f"cannot fetch {url}: {fault} ({attempt + 1} tries)")


def _entry_text(entry) -> str:
    """Plain text of an entry's content (or summary), paragraphs on their own lines."""
    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "") or ""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return html.strip()
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _entry_date(entry) -> str | None:
    with warnings.catch_warnings():   # feedparser warns about its own updated -> published fallback
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def articles_from_feed(data: bytes, source: str, options: Options, *,
                       fetcher: Fetcher | None = None) -> Iterator[Article]:
    """The entries of one feed document; fetch each entry's page when the options ask for it."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        why = f"{feed.bozo_exception.__class__.__name__}: {feed.bozo_exception}" if feed.get("bozo") else "no entries"
        yield failed_article(source, "failed" if feed.get("bozo") else "skipped", f"not a readable feed ({why})")
        return
    outlet = feed.feed.get("title") or None
    fetch_pages = bool(options.extra.get("feed_fetch_pages")) and fetcher is not None
    for n, entry in enumerate(feed.entries):
        link = entry.get("link") or None
        key = entry.get("id") or link or f"entry {n}"
        published = _entry_date(entry)
        if fetch_pages and is_url(link):
            try:
                page = fetcher.get(link)  # type: ignore[union-attr]
            except InputError as err:
                yield failed_article(source, "failed", str(err), key=key)
                continue
            article = article_from_html(page, source, options, url=link, key=key, published=published)
            article.outlet = article.outlet or outlet
            yield article
            continue
        text = _entry_text(entry)
        yield Article(id=article_id(link, "") if link else "a_" + stable_hash("feed", source, key), text=text,
                      url=link, title=entry.get("title") or None, outlet=outlet, published=published,
                      source_path=f"{source}#{key}")


def read_feed_file(path: Path, options: Options) -> Iterator[Article]:
    """An ``.rss``/``.atom`` file."""
    try:
        data = path.read_bytes()
    except OSError as err:
        yield failed_article(path, "failed", f"cannot read file: {err.strerror or err}")
        return
    fetcher = Fetcher.from_options(options) if options.extra.get("feed_fetch_pages") else None
    yield from articles_from_feed(data, str(path), options, fetcher=fetcher)


def read_feed_url(url: str, options: Options, *, fetcher: Fetcher | None = None) -> Iterator[Article]:
    """A feed URL: fetched politely; a feed that times out or fails is one failed Article."""
    fetcher = fetcher or Fetcher.from_options(options)
    try:
        data = fetcher.get(url)
    except InputError as err:
        yield failed_article(url, "failed", str(err))
        return
    yield from articles_from_feed(data, url, options, fetcher=fetcher)
