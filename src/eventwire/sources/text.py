"""Plain-text files: one article per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..ids import stable_hash
from ..options import Options
from ..records import Article


def failed_article(path: Path | str, status: str, reason: str, *, key: str | None = None) -> Article:
    """An Article for an input that cannot be coded; its id hashes the path (and the key within it)."""
    return Article(id="a_" + stable_hash("path", str(path), key), text="", status=status, reason=reason,
                   source_path=str(path))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and control / len(head) > 0.05


def decode_text(data: bytes) -> tuple[str | None, str | None]:
    """(text, note): UTF-8 (BOM allowed); a few bad bytes are replaced and noted; many -> (None, reason)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(3, len(data) // 1000):
            return text, f"{bad} invalid UTF-8 byte sequence(s) replaced (first at byte {err.start})"
        return None, f"invalid UTF-8: {bad} undecodable byte sequences (first at byte {err.start})"


def article_from_bytes(data: bytes, path: Path | str, options: Options, *, key: str | None = None,
                       **fields: object) -> Article:
    """Decode one document's bytes into an Article, or a skipped/failed one with the reason."""
    if len(data) > options.max_doc_bytes:
        return failed_article(path, "skipped", f"document too large: {len(data) / 1e6:.1f} MB, limit "
                              f"{options.max_doc_bytes / 1e6:.1f} MB", key=key)
    if looks_binary(data):
        return failed_article(path, "skipped", "binary data, not text", key=key)
    text, note = decode_text(data)
    if text is None:
        return failed_article(path, "failed", note or "cannot decode", key=key)
    article = Article(id="", text=text, source_path=str(path), reason=note, **fields)  # type: ignore[arg-type]
    return article


def read_text_file(path: Path, options: Options) -> Iterator[Article]:
    try:
        size = path.stat().st_size
        if size > options.max_doc_bytes:
            yield failed_article(path, "skipped", f"document too large: {size / 1e6:.1f} MB, limit "
                                 f"{options.max_doc_bytes / 1e6:.1f} MB")
            return
        data = path.read_bytes()
    except OSError as err:
        yield failed_article(path, "failed", f"cannot read file: {err.strerror or err}")
        return
    yield article_from_bytes(data, path, options)
