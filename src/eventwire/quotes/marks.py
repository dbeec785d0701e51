"""Quotation-mark segments: the spans of text between paired quotation marks.

Straight ("), curly (“ ”), low („), guillemets (« ») and doubled typewriter marks ('' and ``)
are paired within a paragraph. A quote that runs over several paragraphs follows the news
convention: the paragraph ends open and the next one starts with an opening mark. A quote opened
inside a paragraph ('..., she said. “It always was.') and left open at its end after a full sentence,
which no paragraph after carries on (web junk such as a caption or a newsletter box stands between),
ends with that paragraph. Any other unpaired mark is dropped (a stray mark at a paragraph start, as
scrapers leave them): it never swallows the rest of the article.

Single marks (‘…’ and '...', British and Asian wire style: ‘We will not back down,’ the minister
said) are paired afterwards, outside the double-mark segments (single marks inside double ones
stay inner quotes; a single quotation around double marks is the outer one), within one
paragraph (or over several, as above). They share their character with the apostrophe, so a mark opens only after a space,
bracket or dash and before a word that is no elision (’90s, 'em, rock 'n' roll), never as ’;
a mark between letters (don't, O’Brien) is neither; a closing mark after an "s" with a word
after it (the players' union) closes only a short phrase (‘useless’ and ...), and only when no
clearer closing mark follows before the next opening one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_MARKS = re.compile(r"''|``|[\"“”„«»]")
_OPENERS = frozenset("“„«") | {"``"}
_CLOSERS = frozenset("”»")
_TURN_LABEL = re.compile(r"[\"“](?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}:|[QA][:.])\s")   # "PENCE: / "Q: a new turn
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
    doubles = _double_segments(text)
    singles = _single_segments(text, doubles)
    if not singles:
        return doubles
    kept = [d for d in doubles if not any(s.start < d.start and d.end < s.end for s in singles)]
    return sorted(kept + singles, key=lambda seg: seg.start)


def _double_segments(text: str) -> list[Segment]:
    par_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    segments: list[Segment] = []
    open_at: tuple[int, str] | None = None     # (position, mark) of the pending opening mark
    last_par = paragraphs = 0                   # the quote's latest paragraph; how many it went on over
    for m in _MARKS.finditer(text):
        pos, mark = m.start(), m.group()
        par = bisect.bisect_right(par_starts, pos) - 1
        role = _role(text, pos, mark)
        if open_at is not None and par != last_par:
            at_par_start = not text[par_starts[par]:pos].strip()
            same_style = (mark == '"') == (open_at[1] == '"')
            if role != "close" and at_par_start and same_style and paragraphs + 1 < MAX_PARAGRAPHS \
                    and _next_paragraph(text, par_starts, last_par, par) and not _TURN_LABEL.match(text, pos):
                last_par, paragraphs = par, paragraphs + 1   # the quote continues in this paragraph
                continue
            segments.extend(_open_to_paragraph_end(text, par_starts, open_at[0], last_par))
            open_at = None                # unbalanced: drop the opening mark
        if open_at is None:
            if role != "close":
                open_at, last_par, paragraphs = (pos, mark), par, 0
            continue
        if role == "open" and mark in _OPENERS:
            open_at, last_par, paragraphs = (pos, mark), par, 0   # a second opener: the first was stray
            continue
        start, first = open_at
        segments.append(Segment(start, m.end(), start + len(first), pos))
        open_at = None
    if open_at is not None:
        segments.extend(_open_to_paragraph_end(text, par_starts, open_at[0], last_par))
    return segments


_SENTENCE_END = re.compile(r"[.!?…]$")


def _open_to_paragraph_end(text: str, par_starts: list[int], start: int, par: int) -> list[Segment]:
    """The quotation opened at ``start`` inside a paragraph that its latest paragraph ``par`` leaves
    open after a full sentence (the news convention for a quote that goes on, though no paragraph
    carries it on): it ends with the paragraph. An opening mark at a paragraph start or with no
    sentence after it is a stray mark: nothing."""
    first = bisect.bisect_right(par_starts, start) - 1
    if not text[par_starts[first]:start].strip():
        return []
    end = par_starts[par + 1] - 1 if par + 1 < len(par_starts) else len(text)
    line = text[par_starts[par]:end].rstrip()
    end = par_starts[par] + len(line)
    mark = _MARKS.match(text, start)
    inner_start = start + (len(mark.group()) if mark else 1)
    if end <= inner_start or not _SENTENCE_END.search(line) or len(text[inner_start:end].split()) < 3:
        return []
    return [Segment(start, end, inner_start, end)]


def _next_paragraph(text: str, par_starts: list[int], last: int, par: int) -> bool:
    """Is line ``par`` the paragraph after line ``last``, with nothing but blank lines between
    (paragraphs set apart by an empty line, as most articles are)?"""
    return all(not text[par_starts[i]:par_starts[i + 1]].strip() for i in range(last + 1, par))


_SINGLE = re.compile("[‘’']")
_ELISION = re.compile(r"(?i)(?:\d0s|\d\ds|em|n|tis|twas|cause|til|bout|round|nuff|s|d|ll|re|ve|m|t)\b")
_OPEN_AFTER = "([{—–-/"
_CLOSE_BEFORE = ".,;:!?)]}—–-…"
_MAX_WEAK_WORDS = 6       # a possessive-like closing mark closes only a short phrase (‘useless’ and ...)


def _single_role(text: str, pos: int) -> str | None:
    """'open', 'close', 'weak' (a closing mark that may be a plural possessive: "the players' union")
    or None (an apostrophe) for the single mark at ``pos``."""
    mark = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if mark == "'" and "'" in (before, after) or before == "`":
        return None                               # typewriter double marks ('' and ``)
    if mark != "’" and (before.isspace() or before in _OPEN_AFTER) and after.isalnum():
        return None if _ELISION.match(text, pos + 1) else "open"
    if mark != "‘" and not before.isspace() and (after.isspace() or after in _CLOSE_BEFORE or after in "\"”"):
        if before in "sS" and after.isspace():
            rest = text[pos + 1:pos + 3].lstrip(" ")
            if rest[:1].isalnum():
                return "weak"
        return "close"
    return None


def _subhead(text: str, open_at: int, close: int) -> bool:
    """A paragraph that is nothing but a short title-case phrase in single marks is a section
    heading in headline style ('All Bets Are Off.'), not a quotation."""
    line_start = text.rfind("\n", 0, open_at) + 1
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:open_at].strip() or text[close + 1:line_end].strip(" .\t"):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’']*", text[open_at + 1:close]) if len(w) > 3]
    return 0 < len(words) <= 8 and all(w[0].isupper() for w in words)


def _single_segments(text: str, doubles: list[Segment]) -> list[Segment]:
    """Segments between single quotation marks outside ``doubles``, paired within a paragraph or
    carried on over the next ones as double marks are."""
    if "'" not in text and "‘" not in text:
        return []
    starts = [d.start for d in doubles]
    out: list[Segment] = []
    pending: int | None = None            # the opening mark
    weak: int | None = None               # the first possessive-like closing mark after it
    last, paragraphs = 0, 0               # the opening mark of the quotation's latest paragraph

    def emit(close: int, weakly: bool = False) -> None:
        inner = text[pending + 1:close]
        if weakly and len(inner.split()) > _MAX_WEAK_WORDS:
            return                                # "‘... the players' union" that never closes
        if any(ch.isalnum() for ch in inner) and not _subhead(text, pending, close):
            out.append(Segment(pending, close + 1, pending + 1, close))

    for m in _SINGLE.finditer(text):
        pos = m.start()
        d = bisect.bisect_right(starts, pos) - 1
        if d >= 0 and pos < doubles[d].end:
            continue                              # inside a double quotation: an inner quote
        role = _single_role(text, pos)
        if pending is not None and "\n" in text[last:pos]:
            if weak is None and role == "open" and paragraphs < MAX_PARAGRAPHS and _continues(text, last, pos):
                last, paragraphs = pos, paragraphs + 1
                continue                          # the quotation goes on in this paragraph
            if weak is not None and paragraphs == 0:
                emit(weak, weakly=True)
            pending = weak = None                 # else it never leaves its paragraph
        if role == "open":
            if pending is not None and weak is not None and paragraphs == 0:
                emit(weak, weakly=True)
            pending, weak, last, paragraphs = pos, None, pos, 0
        elif role == "close" and pending is not None:
            emit(pos)
            pending = weak = None
        elif role == "weak" and pending is not None and weak is None:
            weak = pos
    if pending is not None and weak is not None and paragraphs == 0 and "\n" not in text[pending:weak]:
        emit(weak, weakly=True)
    return out


def _continues(text: str, last: int, pos: int) -> bool:
    """Does the single mark at ``pos`` carry on the quotation opened at ``last`` (news convention:
    a quoted paragraph ends open, ended as a sentence, and the next paragraph opens again)?"""
    lines = text[last:pos].split("\n")
    return not lines[-1].strip() and all(not line.strip() for line in lines[1:-1]) \
        and lines[0].rstrip().endswith((".", "!", "?", "…", ":", ";", ",", "—", "–"))


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
