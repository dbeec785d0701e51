"""OfPhrases: role phrases with "of" in them ("chief of police", "inspector general of police", "member of
parliament"), found from the word before "of".

The mention finder looks for a role phrase ending at a head noun; in "the chief of police" the head is "chief", so a
phrase ending at the head never reaches past "of". This table is keyed by the word before the first "of": a probe
costs one dictionary look-up at a head followed by "of", nothing elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..dictionaries.actor_dictionary import Agent


class OfPhrases:
    """Role phrases "X of Y" of an agent table, keyed by the word before "of" (longest phrases first)."""

    def __init__(self, agents: Mapping[str, Agent]) -> None:
        table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], Agent]]] = {}
        for phrase, agent in agents.items():
            parts = phrase.split(" ")
            if "of" not in parts[1:-1]:
                continue
            cut = parts.index("of", 1)
            table.setdefault(parts[cut - 1], []).append((tuple(parts[:cut - 1]), tuple(parts[cut + 1:]), agent))
        for entries in table.values():
            entries.sort(key=lambda e: -(len(e[0]) + len(e[1])))
        self._by_head = table

    def at(self, lower: Sequence[str], end: int, *, lemma: str | None = None,
           min_start: int = 0) -> tuple[int, int, Agent] | None:
        """The longest role phrase whose word before "of" is word ``end - 1`` of ``lower`` (lower-case words of
        tokens, "" for punctuation) and that starts at or after ``min_start``: (start, stop, agent), the phrase
        covering words [start, stop)."""
        if end < 1 or end >= len(lower) or lower[end] != "of":
            return None
        entries = self._by_head.get(lower[end - 1]) or (self._by_head.get(lemma) if lemma else None)
        if not entries:
            return None
        for before, after, agent in entries:
            start = _words_back(lower, end - 1, before, min_start)
            stop = _words_on(lower, end + 1, after) if start is not None else None
            if start is not None and stop is not None:
                return start, stop, agent
        return None


def _words_back(lower: Sequence[str], end: int, want: tuple[str, ...], min_start: int) -> int | None:
    """The first index of ``want`` written just before index ``end`` (empty words skipped), or None."""
    i, k = end, len(want)
    while k > 0:
        i -= 1
        while i >= min_start and not lower[i]:
            i -= 1
        if i < min_start:
            return None
        parts = lower[i].split(" ")
        if k < len(parts) or tuple(parts) != want[k - len(parts):k]:
            return None
        k -= len(parts)
    return i if i >= min_start else None


def _words_on(lower: Sequence[str], start: int, want: tuple[str, ...]) -> int | None:
    """The index after ``want`` written from index ``start`` on (empty words skipped), or None."""
    i, k = start, 0
    while k < len(want):
        while i < len(lower) and not lower[i]:
            i += 1
        if i >= len(lower):
            return None
        parts = lower[i].split(" ")
        if tuple(parts) != want[k:k + len(parts)]:
            return None
        k += len(parts)
        i += 1
    return i


__all__ = ["OfPhrases"]
