"""HTML pages: trafilatura extracts the body, title, author and site; htmldate finds the date.

``article_from_html`` is shared by the HTML file reader and the WARC reader. A page without
an article body becomes a ``skipped`` Article with the reason, never an exception.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..options import Options
from ..records import Article
from .text import failed_article

log = logging.getLogger(__name__)

# Extraction settings: precision over recall (boilerplate left in the body makes false events).
DATE_PARAMS = {"original_date": True, "extensive_search": False}
MIN_BODY_WORDS = 8   # fewer extracted words than this is navigation debris, not an article body


@dataclass
class HtmlExtraction:
    """What trafilatura and htmldate make of one page."""

    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


def extract_html(html: bytes | str, url: str | None = None) -> HtmlExtraction | None:
    """Body and metadata of a page, or None when the page has no extractable article body."""
    import htmldate
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True,
                                      date_extraction_params=DATE_PARAMS)
    if doc is None or len((doc.text or "").split()) < MIN_BODY_WORDS:
        return None
    published = doc.date
    if not published:
        published = htmldate.find_date(html, original_date=True, extensive_search=True, url=url)
    return HtmlExtraction(text=doc.text.strip(), title=doc.title or None, author=doc.author or None,
                          outlet=doc.sitename or None, url=url or doc.url or None,
                          published=published[:10] if published else None)


def article_from_html(html: bytes | str, source: str | Path, options: Options, *, url: str | None = None,
                      key: str | None = None, published: str | None = None) -> Article:
    """One HTML document -> Article (id from the canonical URL when known), or a skipped/failed one."""
    size = len(html)
    if size > options.max_doc_bytes:
        return failed_article(source, "skipped", f"document too large: {size / 1e6:.1f} MB, limit "
                              f"{options.max_doc_bytes / 1e6:.1f} MB", key=key)
    try:
        found = extract_html(html, url=url)
    except (ValueError, TypeError, AttributeError, UnicodeError, RecursionError, AssertionError) as err:
        # lxml and trafilatura raise these on pathological markup (lxml's drop_tree asserts on a root <svg>)
        log.warning("HTML extraction failed on %s: %s", source, err)
        return failed_article(source, "failed", f"HTML extraction failed: {err.__class__.__name__}: {err}", key=key)
    if found is None:
        return failed_article(source, "skipped", "HTML without an article body", key=key)
    from ..ids import article_id

    canonical = url or found.url
    return Article(id=article_id(canonical, "") if canonical else "", text=found.text, url=canonical,
                   title=found.title, outlet=found.outlet, published=found.published or published,
                   source_path=str(source) + (f"#{key}" if key else ""))


def read_html_file(path: Path, options: Options) -> Iterator[Article]:
    """An ``.html``/``.htm`` page, or a gzipped one (``.html.gz``): one article."""
    try:
        if path.stat().st_size > options.max_doc_bytes:
            yield failed_article(path, "skipped", "document too large: "
                                 f"{path.stat().st_size / 1e6:.1f} MB, limit {options.max_doc_bytes / 1e6:.1f} MB")
            return
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except OSError as err:  # includes gzip.BadGzipFile
        yield failed_article(path, "failed", f"cannot read file: {err.strerror or err}")
        return
    except (EOFError, zlib.error) as err:
        yield failed_article(path, "failed", f"truncated or corrupt gzip: {err}")
        return
    yield article_from_html(data, path, options)
