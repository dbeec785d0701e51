"""JSONL corpora: one article per line, ``{"id", "text", "published"?, "url"?, "title"?}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..options import Options
from ..records import Article
from .text import decode_text, failed_article

DEFAULT_FIELDS = {"id": "id", "text": "text", "published": "published", "url": "url", "title": "title",
                  "outlet": "outlet"}


def article_from_record(record: dict, path: Path, line_no: int, options: Options) -> Article:
    """One JSON object -> Article; missing or mistyped fields give a failed Article with the reason."""
    names = {**DEFAULT_FIELDS, **dict(options.extra.get("fields", {}))}  # type: ignore[arg-type]
    text = record.get(names["text"])
    doc_id = record.get(names["id"])
    key = f"line {line_no}"
    if not isinstance(text, str):
        art = failed_article(path, "failed", f"line {line_no}: no string field {names['text']!r}", key=key)
        if isinstance(doc_id, (str, int)):
            art.id = str(doc_id)
        return art
    if len(text.encode("utf-8", errors="replace")) > options.max_doc_bytes:
        art = failed_article(path, "skipped", f"line {line_no}: document too large", key=key)
        art.id = str(doc_id) if isinstance(doc_id, (str, int)) else art.id
        return art
    published = record.get(names["published"])
    return Article(
        id=str(doc_id) if isinstance(doc_id, (str, int)) and str(doc_id) else "",
        text=text,
        url=record.get(names["url"]) if isinstance(record.get(names["url"]), str) else None,
        title=record.get(names["title"]) if isinstance(record.get(names["title"]), str) else None,
        outlet=record.get(names["outlet"]) if isinstance(record.get(names["outlet"]), str) else None,
        published=str(published)[:10] if published else None,
        source_path=f"{path}:{line_no}",
    )


def read_jsonl(path: Path, options: Options) -> Iterator[Article]:
    try:
        handle = path.open("rb")
    except OSError as err:
        yield failed_article(path, "failed", f"cannot read file: {err.strerror or err}")
        return
    with handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            text, note = decode_text(raw)
            if text is None:
                yield failed_article(path, "failed", f"line {line_no}: {note}", key=f"line {line_no}")
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as err:
                yield failed_article(path, "failed", f"line {line_no}: invalid JSON: {err.msg}", key=f"line {line_no}")
                continue
            if not isinstance(record, dict):
                yield failed_article(path, "failed", f"line {line_no}: not a JSON object", key=f"line {line_no}")
                continue
            yield article_from_record(record, path, line_no, options)
