"""WARC and WARC.gz archives (e.g. CC-NEWS): every HTML response record is one article.

Reading is split in two so a parallel run can do the costly half on its workers:
``iter_warc_pages`` walks the archive (cheap: decompression only) and yields ``WarcPage``
payloads, or a failed Article when the archive is corrupt or truncated; ``WarcPage.to_article``
extracts the body. Records read before a fault are kept (no lost neighbours); the fault itself
becomes one failed Article naming the record where reading stopped.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..options import Options
from ..records import Article
from .html import article_from_html
from .text import failed_article

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class WarcPage:
    """The raw HTML payload of one WARC response record."""

    source: str
    key: str            # WARC-Record-ID (or the record's ordinal when it has none)
    url: str | None
    date: str | None    # WARC-Date, YYYY-MM-DD: the crawl date, used only when the page has no date
    html: bytes
    status: int | None = None

    def to_article(self, options: Options) -> Article:
        if self.status is not None and not 200 <= self.status < 300:
            return failed_article(self.source, "skipped", f"HTTP status {self.status} for {self.url}", key=self.key)
        return article_from_html(self.html, self.source, options, url=self.url, key=self.key, published=self.date)


class TruncatedArchive(Exception):
    """The compressed stream ended in the middle of a gzip member."""


class _StrictGunzip:
    """A read-only stream of the decompressed bytes of a (multi-member) gzip file.

    Unlike Python's gzip module it hands out every byte it could decompress before reporting
    a truncated stream, and unlike warcio's reader it does report it (as ``TruncatedArchive``).
    """

    def __init__(self, raw, chunk: int = 1 << 16) -> None:
        self.raw = raw
        self.chunk = chunk
        self.decomp = zlib.decompressobj(wbits=31)
        self.buffer = b""
        self.done = False
        self.fault: str | None = None

    def _fill(self, want: int) -> None:
        while len(self.buffer) < want and not self.done:
            data = self.decomp.unused_data if self.decomp.eof else self.raw.read(self.chunk)
            if self.decomp.eof:
                if not data:
                    data = self.raw.read(self.chunk)
                    if not data:
                        self.done = True
                        return
                self.decomp = zlib.decompressobj(wbits=31)
            if not data:
                self.done = True
                self.fault = "compressed stream ends in the middle of a gzip member"
                return
            self.buffer += self.decomp.decompress(data)

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            self._fill(1 << 62)
            size = len(self.buffer)
        else:
            self._fill(size)
        if not self.buffer and self.fault:
            raise TruncatedArchive(self.fault)
        out, self.buffer = self.buffer[:size], self.buffer[size:]
        return out

    def readline(self, size: int = -1) -> bytes:
        while b"\n" not in self.buffer and not self.done:
            self._fill(len(self.buffer) + self.chunk)
        end = self.buffer.find(b"\n") + 1 or len(self.buffer)
        if size is not None and size >= 0:
            end = min(end, size)
        if not self.buffer and self.fault:
            raise TruncatedArchive(self.fault)
        out, self.buffer = self.buffer[:end], self.buffer[end:]
        return out

    def close(self) -> None:
        self.buffer = b""


def _is_html(record) -> bool:
    headers = record.http_headers
    if headers is None:
        return False
    ctype = (headers.get_header("Content-Type") or "").lower()
    return any(t in ctype for t in HTML_TYPES)


def iter_warc_pages(path: Path, options: Options) -> Iterator[WarcPage | Article]:
    """HTML response payloads of an archive, in order; a read fault ends the walk with a failed Article."""
    from warcio.archiveiterator import WARCIterator
    from warcio.exceptions import ArchiveLoadFailed

    ordinal = 0
    try:
        raw = path.open("rb")
    except OSError as err:
        yield failed_article(path, "failed", f"cannot read file: {err.strerror or err}")
        return
    # warcio's own gzip reader stops silently on a truncated stream: decompress here, strictly
    handle = _StrictGunzip(raw) if path.name.lower().endswith(".gz") else raw
    with raw:
        try:
            for record in WARCIterator(handle):
                ordinal += 1
                if record.rec_type != "response" or not _is_html(record):
                    continue
                key = record.rec_headers.get_header("WARC-Record-ID") or f"record {ordinal}"
                html = record.content_stream().read(options.max_doc_bytes + 1)
                if len(html) > options.max_doc_bytes:
                    yield failed_article(path, "skipped", f"{key}: document too large", key=key)
                    continue
                status = record.http_headers.get_statuscode()
                date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                yield WarcPage(source=str(path), key=key, url=record.rec_headers.get_header("WARC-Target-URI"),
                               date=date, html=html, status=int(status) if status and status.isdigit() else None)
        # warcio raises AttributeError/TypeError/KeyError/IndexError on records cut inside their headers
        except (ArchiveLoadFailed, TruncatedArchive, EOFError, zlib.error, OSError, ValueError, AttributeError,
                TypeError, KeyError, IndexError) as err:
            yield failed_article(path, "failed", f"corrupt or truncated archive after record {ordinal}: "
                                 f"{err.__class__.__name__}: {err}".strip(), key=f"fault after {ordinal}")


def read_warc(path: Path, options: Options) -> Iterator[Article]:
    for item in iter_warc_pages(path, options):
        yield item.to_article(options) if isinstance(item, WarcPage) else item
