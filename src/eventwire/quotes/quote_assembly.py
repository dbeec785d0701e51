"""What the steps of one document's quote assembly share (``finder.py`` builds on it): the quotation-mark
segments, the cues and which tokens their clauses and contents claim, and the position helpers; and
``FoundQuote``, a quote before it becomes a record.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from ..records import Speaker
from .cue import Cue
from .marks import Segment, SegmentIndex
from .speaker_records import to_record
from .speakers import SpeakerMention

__all__ = ["ActorLookup", "FoundQuote", "QuoteAssembly", "SENTENCE_END"]

ActorLookup = Callable[[int], "tuple[str | None, str | None]"]
SENTENCE_END = (".", "!", "?", "…")


@dataclass
class FoundQuote:
    """A quote before it becomes a record: character span, kind, speaker, cue, channel."""

    start: int
    end: int
    kind: str
    speaker: SpeakerMention | None
    cue: str | None
    via: str | None
    cue_token: int | None = None

    def to_speaker(self, doc: Doc, lookup: ActorLookup) -> Speaker | None:
        return to_record(self.speaker, doc, lookup) if self.speaker is not None else None


class QuoteAssembly:
    """One document's inputs to the quote assembly and what the cues claim (kept as an object so the steps
    share them)."""

    def __init__(self, doc: Doc, text: str, segments: list[Segment], index: SegmentIndex,
                 quoted: list[bool], cues: list[Cue], kickers: frozenset[str], tok_starts: list[int],
                 refusals: frozenset[str] = frozenset(), statements: frozenset[str] = frozenset(),
                 dash_lines: list[tuple[int, int, SpeakerMention]] | None = None) -> None:
        self.doc, self.text, self.segments, self.index = doc, text, segments, index
        self.dash_lines = dash_lines or []       # headlines "Ceasefire holds in Gaza - UN"
        self.statements = statements             # "made the following comment:": nouns of what is said
        self.quoted, self.cues, self.kickers = quoted, cues, kickers
        self.refusals = refusals                 # "declined to say ...": the verbs that refuse
        self.tok_starts = tok_starts
        self.owner: dict[int, int] = {}          # segment index -> cue index
        self.channel: dict[int, str] = {}        # cue index -> via given by a media cue
        self.by_sentence: dict[int, list[int]] = {}   # sentence start token -> cue indices
        self.in_claim = [False] * len(doc)       # token lies in some cue's clause or content
        self.cue_at = {cue.token: cue for cue in cues}
        self.in_clause = [False] * len(doc)      # token lies in some cue's attribution clause
        for ci, cue in enumerate(cues):
            self.by_sentence.setdefault(doc[cue.token].sent.start, []).append(ci)
            for i in cue.clause:
                self.in_claim[i] = self.in_clause[i] = True
            if cue.content is not None:
                for i in range(*cue.content):
                    self.in_claim[i] = True

    # -- helpers ------------------------------------------------------------------------

    def _first_token(self, char: int) -> int:
        return bisect.bisect_left(self.tok_starts, char)

    def _first_word(self, seg: Segment) -> int:
        """The first token inside a segment that is not punctuation (its marks hang anywhere)."""
        i = min(self._first_token(seg.start), len(self.doc) - 1)
        while i < len(self.doc) - 1 and self.doc[i].is_punct and self.doc[i + 1].idx < seg.end:
            i += 1
        return i

    def _tokens_between(self, a_char: int, b_char: int) -> range:
        return range(self._first_token(a_char), self._first_token(b_char))

    def _kind(self, start: int, end: int) -> str:
        inside = self.index.quoted_chars(start, end)
        if not inside:
            return "indirect"
        total = sum(1 for ch in self.text[start:end] if ch.isalnum())
        words_inside = sum(1 for seg in self.index.overlapping(start, end)
                           for ch in self.text[max(start, seg.inner_start):min(end, seg.inner_end)] if ch.isalnum())
        return "direct" if words_inside >= total else "mixed"
