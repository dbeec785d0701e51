"""Quotation-mark segments: the spans of text between paired quotation marks.

Straight ("), curly (“ ”), low („), guillemets (« ») and doubled typewriter marks ('' and ``)
are paired within a paragraph. A quote that runs over several paragraphs follows the news
convention: the paragraph ends open and the next one starts with an opening mark. An
unpaired mark is dropped: it never swallows the rest of the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_MARKS = re.compile(r"''|``|[\"“”„«»]")
_OPENERS = frozenset("“„«") | {"``"}
_CLOSERS = frozenset("”»")
MAX_PARAGRAPHS = 12   # a quote running over more paragraphs than this is taken as a stray mark


@dataclass(frozen=True)
class Segment:
    """Characters [start, end) including the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def _role(text: str, pos: int, mark: str) -> str:
    """'open', 'close' or 'either' from the mark and the characters around it."""
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        at_par_start = pos == 0 or text[pos - 1] == "\n"
        after = text[pos + len(mark)] if pos + len(mark) < len(text) else " "
        return "open" if at_par_start and not after.isspace() else "close"   # ”Fear. I am ...” ― Name
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "either"


def find_segments(text: str) -> list[Segment]:
    """All quotation segments of ``text`` in order; never overlapping."""
    par_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    segments: list[Segment] = []
    open_at: tuple[int, str] | None = None     # (position, mark) of the pending opening mark
    open_par = last_par = 0
    for m in _MARKS.finditer(text):
        pos, mark = m.start(), m.group()
        par = bisect.bisect_right(par_starts, pos) - 1
        role = _role(text, pos, mark)
        if open_at is not None and par != last_par:
            at_par_start = not text[par_starts[par]:pos].strip()
            same_style = (mark == '"') == (open_at[1] == '"')
            if par == last_par + 1 and role != "close" and at_par_start and same_style \
                    and par - open_par < MAX_PARAGRAPHS:
                last_par = par            # the quote continues in this paragraph
                continue
            open_at = None                # unbalanced: drop the opening mark
        if open_at is None:
            if role != "close":
                open_at, open_par, last_par = (pos, mark), par, par
            continue
        if role == "open" and mark in _OPENERS:
            open_at, open_par, last_par = (pos, mark), par, par   # a second opener: the first was stray
            continue
        start, first = open_at
        segments.append(Segment(start, m.end(), start + len(first), pos))
        open_at = None
    return segments


class SegmentIndex:
    """Fast questions about segments: which one covers a character, what lies between two."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self._starts = [s.start for s in segments]

    def at(self, pos: int) -> Segment | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.segments[i].end:
            return self.segments[i]
        return None

    def overlapping(self, start: int, end: int) -> list[Segment]:
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self.segments) and self.segments[i].start < end:
            seg = self.segments[i]
            if seg.end > start:
                out.append(seg)
            i += 1
        return out

    def quoted_chars(self, start: int, end: int) -> int:
        """How many word characters of [start, end) lie inside segments (marks excluded)."""
        return sum(max(0, min(end, s.inner_end) - max(start, s.inner_start)) for s in self.overlapping(start, end))


def quoted_tokens(n_tokens: int, segments: list[Segment], starts: list[int]) -> list[bool]:
    """Per token: does it lie inside a segment (marks included)? ``starts``: the tokens' offsets."""
    out = [False] * n_tokens
    for seg in segments:
        i = bisect.bisect_left(starts, seg.start)
        while i < n_tokens and starts[i] < seg.end:
            out[i] = True
            i += 1
    return out


def jaccard(a0: int, a1: int, b0: int, b1: int) -> float:
    """|A ∩ B| / |A ∪ B| of two character spans."""
    inter = max(0, min(a1, b1) - max(a0, b0))
    union = max(a1, b1) - min(a0, b0)
    return inter / union if union else 0.0
