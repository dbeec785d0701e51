"""Checked reads of one section of ``data/cameo/evaluations.yaml`` for ``evaluation_lexicon``: its allowed keys,
its word lists, mappings and CAMEO roots, and a section's code of a polarity (praise, or criticism and accusation).
Every fault raises ``DictionaryError(path, line, fault)``.
"""

from __future__ import annotations

from typing import Any

from ..errors import DictionaryError
from .cameo_codes import CameoCodes

__all__ = ["POLARITY_ROOTS", "coded_section", "item_pairs", "only_keys", "root_list", "section_code", "word_list"]

POLARITY_ROOTS = {"negative": ("11", "12"), "positive": ("05",)}


def word_list(raw: dict, key: str, where: str, line: int | None, section: str) -> frozenset[str]:
    """The lower-case words of list ``key`` of a section (absent: none)."""
    words = raw.get(key) or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise DictionaryError(where, line, f"{section}.{key} must be a list of words")
    return frozenset(w.lower().strip() for w in words)


def coded_section(raw: Any, section: str, keys: tuple[str, ...], polarity: str, where: str,
                  cameo: CameoCodes | None) -> tuple[int | None, str] | None:
    """A section mapping of ``keys`` with a code of its polarity ('remedies', 'claims', 'blame'): its line
    and code; None when the file has no such section."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise DictionaryError(where, None, f"'{section}' must be a mapping with {', '.join(keys)}")
    line = raw.get("__line__")
    only_keys(raw, set(keys), where, line)
    return line, section_code(raw, section, polarity, where, line, cameo)


def item_pairs(raw: dict, key: str, where: str, line: int | None, fault: str) -> list[tuple[Any, Any]]:
    """The key-value pairs of mapping ``key`` of a section (absent: none); ``fault`` when it is no mapping."""
    table = raw.get(key) or {}
    if not isinstance(table, dict):
        raise DictionaryError(where, line, fault)
    return [(k, v) for k, v in table.items() if k != "__line__"]


def root_list(raw: dict, key: str, where: str, line: int | None, section: str,
              cameo: CameoCodes | None) -> frozenset[str]:
    """The quoted CAMEO roots (two digits) of list ``key`` of a section (absent: none)."""
    roots = word_list(raw, key, where, line, section)
    bad = sorted(r for r in roots if len(r) != 2 or not r.isdigit() or (cameo is not None and r not in cameo))
    if bad:
        raise DictionaryError(where, line, f"{section}.{key}: {', '.join(bad)} are no CAMEO roots")
    return roots


def section_code(raw: dict, section: str, polarity: str, where: str, line: int | None,
                 cameo: CameoCodes | None) -> str:
    """The quoted CAMEO code of a section ('remedies', 'blame'): under the roots of its polarity and,
    when the code table is given, in codes.tsv."""
    code = raw.get("code")
    roots = POLARITY_ROOTS[polarity]
    if not isinstance(code, str) or not code.startswith(roots) or (cameo is not None and code not in cameo):
        kind = "praise" if polarity == "positive" else "criticism or accusation"
        raise DictionaryError(where, line, f"{section}: code must be a quoted {kind} code (root "
                                           f"{'/'.join(roots)}) in codes.tsv, got {code!r}")
    return code


def only_keys(mapping: dict, allowed: set[str], where: str, line: int | None) -> None:
    """A fault naming the keys of ``mapping`` that are not ``allowed`` (its ``__line__`` aside)."""
    unknown = set(mapping) - allowed - {"__line__"}
    if unknown:
        raise DictionaryError(where, line, f"unknown key(s): {', '.join(sorted(unknown))}")
