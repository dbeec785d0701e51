"""Quotes no reporting verb claims, a step of the quote assembly (``finder.py``): quotations with a dash or
colon attribution ("The mayor was blunt: “...”"), quoted sentences standing alone that go on the quote
before them, paragraphs a colon hands over ("The governor added:"), headline and transcript labels, and
sentences a later one names as someone's words ("... . That was the verdict of the envoy.").
"""

from __future__ import annotations

import bisect

from .labels import (colon_attributed, colon_blocks, dash_attributed, dash_set_attributed, labelled_quotes, opens_turn,
                     statement_holder)
from .marks import Segment, jaccard
from .message_labels import message_holder, named_sentence
from .quote_assembly import SENTENCE_END, FoundQuote, QuoteAssembly
from .transcripts import OtherVoices

__all__ = ["UnclaimedQuotes"]

_TURN_PERSONS = frozenset({"i", "we", "you"})      # who speaks in a transcript turn, not another voice


class UnclaimedQuotes(QuoteAssembly):
    """The assembly steps for quotations and sentences no cue claimed."""

    # -- quotes without a reporting verb -------------------------------------------------

    def _unclaimed(self, found: list[FoundQuote]) -> list[FoundQuote]:
        """Quotations no cue claimed: a dash attribution names the speaker; a quoted sentence
        standing alone goes to the speaker of the quote just before it."""
        out = []
        spans = sorted(((q.start, q.end, q) for q in found), key=lambda t: (t[0], t[1]))
        starts = [s[0] for s in spans]
        for k, seg in enumerate(self.segments):
            if k in self.owner:
                continue
            i = bisect.bisect_right(starts, seg.start) - 1
            if i > 0:
                i = self._reaching(spans, i, seg)
            if i >= 0 and spans[i][1] >= seg.end:
                continue                       # inside an indirect quote: part of a mixed one
            if i >= 0 and self.text[spans[i][1]:seg.start].strip() == ":" and spans[i][2].cue_token is not None:
                prev = spans[i][2]         # 'said she has the quality it takes: “Steadiness ...”'
                prev.end = seg.end
                prev.kind = self._kind(prev.start, prev.end)
                spans[i] = (prev.start, prev.end, prev)
                continue
            first = self._first_word(seg)
            dashed = dash_set_attributed(self.doc, self.text, seg, first)   # "Rosa Delgado -- “...” -- and others"
            if dashed is None and first < len(self.doc) and self.in_claim[first]:
                continue                       # a title in an attribution clause, or part of a claim
            speaker, cue = dash_attributed(self.doc, self.text, seg), "―"
            if speaker is None:
                speaker, cue = dashed, "--"
            if speaker is None:            # "The mayor was blunt: “...”"
                speaker, cue = colon_attributed(self.doc, self.text, seg, first), ":"
            if speaker is None and (named := message_holder(self.doc, self._first_token(seg.end), self.statements)):
                speaker, cue = named       # '“...” That was the message from the interior minister.'
            if speaker is not None:
                out.append(FoundQuote(seg.start, seg.end, "direct", speaker, cue, None))
                continue
            if not self._stands_alone(seg) or i < 0:
                continue
            prev = spans[i][2]
            if prev.speaker is None or "\n" in self.text[prev.end:seg.start].strip("\n") \
                    or seg.start - prev.end > 400:
                continue
            if self._attribution_between(prev, seg):
                prev.end = seg.end             # 'X was "too little," he added. "Europe risks a lot."'
                prev.kind = self._kind(prev.start, prev.end)
                spans[i] = (prev.start, prev.end, prev)
                continue
            out.append(FoundQuote(seg.start, seg.end, "direct", prev.speaker, None, prev.via))
        return out

    def _reaching(self, spans: list[tuple[int, int, FoundQuote]], i: int, seg: Segment) -> int:
        """Of the quotes starting before the segment (up to ``i``), the one reaching furthest, not one
        inside it ("A is eager to act, B said. '...'": B's words); of equal ends, the one attributed
        between it and the segment, else the last."""
        far = max(spans[j][1] for j in range(i + 1))
        if spans[i][1] == far and not any(spans[j][1] == far for j in range(i)):
            return i
        tied = [j for j in range(i + 1) if spans[j][1] == far]
        return max(tied, key=lambda j: (self._cue_between(spans[j][2], seg), j))

    def _cue_between(self, prev: FoundQuote, seg: Segment) -> bool:
        """The quote's own cue stands after it, before the segment ('..., she said. "..."'): of two
        quotes ending together (one inside the other), the one attributed there."""
        return prev.cue_token is not None and prev.end <= self.doc[prev.cue_token].idx < seg.start

    def _attribution_between(self, prev: FoundQuote, seg: Segment) -> bool:
        """Only the previous quote's own attribution (its cue, speaker and their clause) and
        punctuation lie between it and the segment, in one paragraph: the quotation goes on."""
        gap = self.text[prev.end:seg.start]
        if "\n" in gap or prev.cue_token is None:
            return False
        cue = self.cue_at.get(prev.cue_token)
        between = self._tokens_between(prev.end, seg.start)
        if cue is None or prev.cue_token not in between:
            return False
        return all(self.doc[i].is_punct or self.doc[i].is_space or i in cue.clause for i in between)

    def _stands_alone(self, seg: Segment) -> bool:
        inner = self.text[seg.inner_start:seg.inner_end]
        if len(inner.split()) < 4 or not inner.rstrip().endswith(SENTENCE_END + (",",)):
            return False
        before = self.text[max(0, seg.start - 3):seg.start].rstrip(" ")
        return not before or before.endswith(("\n", ".", "!", "?", "”", '"'))

    def _blocks(self, found: list[FoundQuote]) -> list[FoundQuote]:
        """ "The governor added:" closing its paragraph: the next paragraph is what he said (the
        whole quotation when it opens one that runs over several paragraphs)."""
        out = []
        for colon, start, end in colon_blocks(self.text):
            tok = self._first_token(colon)
            if tok >= len(self.doc) or self.quoted[tok]:
                continue
            sent = self.doc[tok].sent
            cue = next((c for c in reversed(self.by_sentence.get(sent.start, ()))
                        if self.cues[c].speaker is not None and self.cues[c].direct_ok), None)
            holder = statement_holder(self.doc, tok, self.statements) if cue is None else None
            if cue is None and holder is None:
                continue
            seg = self.index.at(start)
            if seg is not None and seg.start == start:
                end = max(end, seg.end)
            if any(q.end > start and q.start < end for q in found):
                continue
            if holder is not None:         # "The ministry issued a statement:" and no reporting verb
                out.append(FoundQuote(start, end, self._kind(start, end), holder, ":", None))
                continue
            c = self.cues[cue]
            out.append(FoundQuote(start, end, self._kind(start, end), c.speaker, c.text,
                                  c.via or c.media_speaker, c.token))
        return out

    def _labelled(self, found: list[FoundQuote]) -> list[FoundQuote]:
        """Headline and transcript quotes; a quotation opening with a turn's label gives way to the turn
        (removed from ``found``)."""
        out = []
        for start, end, speaker, cue in labelled_quotes(self.doc, self.text, self.kickers, self._other_voices()):
            found[:] = [q for q in found if not opens_turn(self.text, q.start, start)]
            if any(jaccard(start, end, q.start, q.end) >= 0.5 and not start < q.start < q.end <= end for q in found):
                continue                   # the same words found another way; a quote inside a turn is part of it
            out.append(FoundQuote(start, end, self._kind(start, end), speaker, cue, None))
        for start, end, speaker in self.dash_lines:
            if not any(q.start < end and start < q.end for q in found + out):   # "Ceasefire holds in Gaza - UN"
                out.append(FoundQuote(start, end, self._kind(start, end), speaker, "―", None))
        return out

    def _other_voices(self) -> OtherVoices:
        """Where quotations open, and the reporting words whose speaker is not "I", "we" or "you" (the
        person of a transcript turn): either one ends a turn's run-on after the last label."""
        attributions = tuple(self.doc[cue.token].idx for cue in self.cues
                             if cue.speaker is not None and self.doc[cue.speaker.head].lower_ not in _TURN_PERSONS)
        return OtherVoices(tuple(seg.start for seg in self.segments), attributions)

    def _named_afterwards(self, found: list[FoundQuote]) -> list[FoundQuote]:
        """A sentence no cue claimed, named by the next one as someone's words ("... . That was the
        verdict of the envoy.")."""
        out = []
        for sent in self.doc.sents:
            named = named_sentence(self.doc, sent, self.statements)
            if named is None:
                continue
            first, end, speaker, noun = named
            if any(self.in_claim[i] or self.quoted[i] for i in range(first, end)):
                continue
            start_char, end_char = self.doc[first].idx, self.doc[end - 1].idx + len(self.doc[end - 1])
            if not any(q.start < end_char and start_char < q.end for q in found):
                out.append(FoundQuote(start_char, end_char, "indirect", speaker, noun, None))
        return out
