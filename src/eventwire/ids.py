"""Stable identifiers: the same input and the same dictionaries give the same ids."""

from __future__ import annotations

import hashlib


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts joined by a separator that cannot occur in them."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def article_id(url: str | None, text: str) -> str:
    """`a_` + hash of the canonical URL, else of the cleaned text (RECORDS.md)."""
    return "a_" + (stable_hash("url", url.strip()) if url else stable_hash("text", text))


def event_id(article: str, sentence: int, start: int, cameo: str, source: str | None, target: str | None) -> str:
    return "ev_" + stable_hash(article, sentence, start, cameo, source, target)


def quote_id(article: str, start: int, end: int) -> str:
    return "q_" + stable_hash(article, start, end)
