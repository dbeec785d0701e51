"""The quotation finder: quotation-mark segments + cues in the parse -> quotes with speaker,
cue and channel.

Direct quotes are segments attached to a cue next to them ("...," he said / He added: "...");
a quote split around its attribution and the quoted sentences that follow it in the same
paragraph are one quote. Indirect quotes are the complements of reporting verbs and the
sentences around "according to X"; quotation marks inside them make them ``mixed``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from ..records import Speaker
from .channels import outlet_in
from .clauses import runs_on
from .cues import Cue, find_cues
from .headline_forms import dash_headlines
from .labels import (colon_attributed, colon_blocks, dash_attributed, dash_set_attributed, datelines, labelled_quotes,
                     opens_turn, statement_holder)
from .lexicon import QuoteLexicon
from .marks import Segment, SegmentIndex, find_segments, jaccard, quoted_tokens
from .message_labels import message_holder, named_sentence
from .nesting import outermost
from .resolve import participle_speakers, resolve_speakers
from .speaker_records import to_record
from .speakers import SpeakerMention
from .titles import is_title
from .transcripts import OtherVoices

ActorLookup = Callable[[int], "tuple[str | None, str | None]"]
_BEFORE_GLUE = frozenset({",", "—", "–", "-", "--", "’", "'"})
_AFTER_GLUE = frozenset({",", ":", "—", "–", "-", "--"})
_SENTENCE_END = (".", "!", "?", "…")
_TURN_PERSONS = frozenset({"i", "we", "you"})      # who speaks in a transcript turn, not another voice


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


class QuoteFinder:
    """Finds the quotes of one parsed document. Build once per process, call per document."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon

    def find(self, doc: Doc) -> list[FoundQuote]:
        text = doc.text
        segments = find_segments(text)
        index = SegmentIndex(segments)
        starts = [t.idx for t in doc]
        quoted = quoted_tokens(len(doc), segments, starts)
        lines = datelines(text)
        no_speaker = list(quoted)
        for start, end in lines:
            for tok in doc.char_span(start, end, alignment_mode="expand") or ():
                no_speaker[tok.i] = True
        cues = find_cues(doc, self.lexicon, quoted, no_speaker, text)
        for cue in cues:                   # a content never starts with the dateline
            if cue.content is not None and no_speaker[cue.content[0]] and not quoted[cue.content[0]]:
                first = cue.content[0]
                while first < cue.content[1] and no_speaker[first] and not quoted[first]:
                    first += 1
                cue.content = (first, cue.content[1]) if cue.content[1] - first >= 2 else None
        participle_speakers(doc, cues)
        resolve_speakers(doc, cues, self.lexicon.document_nouns)
        dashes = dash_headlines(doc, text, self.lexicon.kickers,
                                lambda span: outlet_in(span, self.lexicon, media_words=False) is not None)
        found = _Build(doc, text, segments, index, quoted, cues, self.lexicon.kickers, starts,
                       self.lexicon.refusal_verbs, self.lexicon.statement_nouns | self.lexicon.nouns, dashes).run()
        found.sort(key=lambda q: (q.start, q.end))
        return found


class _Build:
    """One document's assembly (kept as an object so the steps share their inputs)."""

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

    def _glue_ok(self, cue: Cue, toks: range, glue: frozenset[str], a_char: int, b_char: int) -> bool:
        """Only the cue's own clause and light punctuation between the cue and a segment."""
        gap = self.text[a_char:b_char]
        if "\n" in gap and not self.text[:b_char].rstrip().endswith(":"):
            return False
        for i in toks:
            tok = self.doc[i]
            if tok.is_space or tok.lower_ in glue:
                continue
            if i in cue.clause and not (tok.is_punct and tok.text in _SENTENCE_END):
                continue
            return False
        return True

    # -- direct quotes ------------------------------------------------------------------

    def _claims(self) -> dict[int, list[tuple[int, str]]]:
        claims: dict[int, list[tuple[int, str]]] = {}
        starts = [s.start for s in self.segments]
        for ci, cue in enumerate(self.cues):
            if not cue.direct_ok or cue.speaker is None:
                continue
            tok = self.doc[cue.token]
            clause = [i for i in cue.clause if not self.quoted[i]]
            lo, hi = min(clause), max(clause)
            lo_char, hi_char = self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi])
            # the segment that starts just after the clause: He added: "..."
            after = None
            k2 = bisect.bisect_left(starts, tok.idx + len(tok))
            if k2 < len(self.segments):
                seg = self.segments[k2]
                first = self._first_token(seg.start)
                lead = self.text[tok.idx + len(tok):seg.start].rstrip()
                mixed = cue.content is not None and self._mixed(seg, cue.content)
                # "said in a sharp statement ``We are appalled ...": a quoted sentence right after the clause
                inner = self.text[seg.inner_start:seg.inner_end].strip()
                opens = inner[:1].isupper() and len(inner.split()) >= 4 and inner.endswith(_SENTENCE_END) \
                    and "\n" not in self.text[tok.idx:seg.start] \
                    and any(w.isalpha() and w.islower() and len(w) > 3 for w in inner.split())   # not a title
                if (not lead or lead.endswith((",", ":")) or opens) and not mixed and not self._goes_on(cue, seg) and \
                        self._glue_ok(cue, range(cue.token + 1, first), _AFTER_GLUE, min(hi_char, seg.start), seg.start):
                    after = k2
            # the segment that ends just before the clause: "...," he said
            k = bisect.bisect_right(starts, tok.idx) - 1
            while k >= 0 and self._in_attribution(cue, self.segments[k]):
                k -= 1                     # a nickname in the speaker's name: 'Del. Marcia "Cia" Price'
            if k >= 0 and self.segments[k].end <= tok.idx:
                seg = self.segments[k]
                inside = cue.content is None or all(self.quoted[i] or i in cue.clause or self.doc[i].is_punct
                                                     for i in range(*cue.content)) \
                    or cue.content[0] > cue.token and self._hands_over(seg)   # '“...,” Warren told him, after ...'
                # the speaker of '"...," he said' comes after the quotation; one named before it is the
                # subject of the sentence the quotation stands inside ('agreed to an interview for the
                # project on "Women in Power," answering questions ...')
                speaker_after = cue.speaker is None or self.doc[cue.speaker.start].idx >= seg.end
                if inside and speaker_after and \
                        self._glue_ok(cue, self._tokens_between(seg.end, tok.idx), _BEFORE_GLUE, seg.end, lo_char):
                    # a finished quoted sentence goes to a clause that ends its own sentence, not to one
                    # that opens the next quotation ('“... change.” She adds, “What kind of ...?”')
                    if not self._ends_sentence(seg) or self._clause_ends_sentence(cue, hi) and after is None:
                        claims.setdefault(k, []).append((ci, "before"))
            if after is not None:
                claims.setdefault(after, []).append((ci, "after"))
        return claims

    def _goes_on(self, cue: Cue, seg: Segment) -> bool:
        """ 'said he has the plan the state needs: “Lower taxes ...”': the cue's reported clause ends
        in a colon right before the quotation, which goes on with it (one mixed quote)."""
        if cue.content is None or cue.content[0] < cue.token:
            return False
        last = self.doc[cue.content[1] - 1]
        return self.text[last.idx + len(last):seg.start].strip() == ":"

    def _in_attribution(self, cue: Cue, seg: Segment) -> bool:
        """The segment lies between the cue's speaker and the cue, inside the attribution ('his niece,
        Marcia "Cia" Price, shouted')."""
        return cue.speaker is not None and self.doc[cue.speaker.start].idx <= seg.start \
            and seg.end <= self.doc[cue.token].idx

    def _right_before(self, cue: Cue, seg: Segment) -> bool:
        """Only a comma, a colon or nothing between the cue and the segment."""
        tok = self.doc[cue.token]
        lead = self.text[tok.idx + len(tok):seg.start].strip()
        return not lead or lead in (",", ":")

    def _mixed(self, seg: Segment, content: tuple[int, int]) -> bool:
        """Does the segment open a content that goes on past it with words of no quotation and no
        attribution clause ('said "budget reforms" and taxes would pay')?"""
        word = self._first_word(seg)
        return content[0] <= word < content[1] and not all(
            self.quoted[i] or self.doc[i].is_punct or self.in_clause[i] for i in range(word, content[1]))

    def _hands_over(self, seg: Segment) -> bool:
        """A quoted sentence ending in a comma inside its marks ('“We will win,” she told him,
        after ...'): the attribution follows it."""
        inner = self.text[seg.inner_start:seg.inner_end]
        before = self.text[:seg.start].rstrip(" ")
        return inner.rstrip().endswith(",") and len(inner.split()) >= 4 \
            and (not before or before.endswith(("\n", ".", "!", "?", "”", '"', ":")))

    def _ends_sentence(self, seg: Segment) -> bool:
        return self.text[seg.inner_start:seg.inner_end].rstrip().endswith((".", "…"))

    def _clause_ends_sentence(self, cue: Cue, hi: int) -> bool:
        nxt = hi + 1
        while nxt < len(self.doc) and self.doc[nxt].is_space:
            nxt += 1
        return nxt >= len(self.doc) or self.doc[nxt].is_punct and self.doc[nxt].text in _SENTENCE_END \
            or self.quoted[nxt] or self.doc[nxt].is_sent_start

    def _assign(self, claims: dict[int, list[tuple[int, str]]]) -> None:
        for k, cands in claims.items():
            seg = self.segments[k]

            def rank(c: tuple[int, str]) -> tuple[int, int, int]:
                cue = self.cues[c[0]]
                # 'He said: "..."', 'X said "... our options."': an opening cue right before a finished
                # quoted sentence holds it against the next sentence's "Y, who ..., said"
                colon = c[1] == "after" and (self.text[:seg.start].rstrip().endswith(":") or self._ends_sentence(seg)
                                             and self._right_before(cue, seg))
                pos = self.doc[cue.token].idx
                distance = pos - seg.end if c[1] == "before" else seg.start - pos
                return (cue.media_speaker is not None, 0 if colon else (0 if c[1] == "before" else 1), distance)
            cands.sort(key=rank)
            winner = cands[0][0]
            self.owner[k] = winner
            for ci, _ in cands[1:]:
                media = self.cues[ci].media_speaker
                if media and winner not in self.channel:
                    self.channel[winner] = media

    def _direct_quotes(self) -> list[FoundQuote]:
        by_cue: dict[int, list[int]] = {}
        for k, ci in sorted(self.owner.items()):
            by_cue.setdefault(ci, []).append(k)
        out = []
        for ci, ks in sorted(by_cue.items()):
            cue = self.cues[ci]
            groups: list[list[int]] = [[ks[0]]]
            for k in ks[1:]:
                if k == groups[-1][-1] + 1:
                    groups[-1].append(k)
                else:
                    groups.append([k])
            for group in groups:
                group = self._continue(cue, group)
                start, end = self.segments[group[0]].start, self.segments[group[-1]].end
                out.append(FoundQuote(start, end, "direct", cue.speaker, cue.text,
                                      cue.via or self.channel.get(ci) or cue.media_speaker, cue.token))
        return out

    def _continue(self, cue: Cue, group: list[int]) -> list[int]:
        """Absorb the unclaimed quoted sentences that follow in the same paragraph."""
        k = group[-1]
        while k + 1 < len(self.segments) and k + 1 not in self.owner:
            nxt = self.segments[k + 1]
            first = self._first_word(nxt)
            if first in cue.clause or self._in_other_content(cue, first) or is_title(self.text, nxt):
                break                          # "said on ABC's “This Week.”", "adding that “...”"
            gap_start = self.segments[k].end
            gap = self.text[gap_start:nxt.start]
            if "\n" in gap:
                break
            between = self._tokens_between(gap_start, nxt.start)
            if gap.strip() and not self._glue_ok(cue, between, _BEFORE_GLUE | {"."}, gap_start, nxt.start) \
                    and not self._same_clause(cue, between):
                break
            k += 1
            self.owner[k] = -1
            group.append(k)
        return group

    def _same_clause(self, cue: Cue, between: range) -> bool:
        """ "...," Jordan said, and still "...": the gap is inside the reporting verb's own
        sentence structure, with no sentence end and no other cue in it."""
        verb = self.doc[cue.token]
        lo, hi = verb.left_edge.i, verb.right_edge.i
        for i in between:
            tok = self.doc[i]
            if not lo <= i <= hi or (tok.is_punct and tok.text in _SENTENCE_END) or self.in_claim[i] and i not in cue.clause:
                return False
        return len(between) <= 12

    def _in_other_content(self, cue: Cue, token: int) -> bool:
        if not self.in_claim[token]:
            return False
        for cj in self.by_sentence.get(self.doc[token].sent.start, ()):
            other = self.cues[cj]
            if other is not cue and other.content is not None and other.content[0] <= token < other.content[1] \
                    and not other.content[0] <= cue.token < other.content[1]:
                return True
        return False

    # -- indirect quotes ----------------------------------------------------------------

    def _indirect_quotes(self, direct: list[FoundQuote]) -> list[FoundQuote]:
        owners = set(self.owner.values())
        folded = self._media_wrappers(owners)
        out = []
        for ci, cue in enumerate(self.cues):
            if cue.content is None or ci in folded or ci in owners and (
                    cue.content[0] < cue.token or any(self.quoted[i] for i in range(*cue.content))):
                continue
            span = self.doc[cue.content[0]:cue.content[1]]
            start, end = span.start_char, max(span.end_char, runs_on(self.doc, cue, self.in_claim, self.quoted))
            start = self._after_colon(start, end)
            for seg in self.index.overlapping(start, end):   # never cut a quotation in two
                start, end = min(start, seg.start), max(end, seg.end)
            if any(jaccard(start, end, q.start, q.end) >= 0.6 for q in direct):
                continue
            out.append(FoundQuote(start, end, self._kind(start, end), cue.speaker, cue.text,
                                  cue.via or self.channel.get(ci) or cue.media_speaker, cue.token))
        return out

    def _after_colon(self, start: int, end: int) -> int:
        """ "X scolded him: “...,” she said": the content is the quotation after the colon."""
        colon = self.text.rfind(":", start, end)
        if colon < 0 or self.index.at(colon) is not None:
            return start
        rest = self.text[colon + 1:end]
        seg = self.index.at(colon + 1 + len(rest) - len(rest.lstrip()))
        return seg.start if seg is not None and seg.end >= end - 1 else start

    def _media_wrappers(self, owners: set[int]) -> set[int]:
        """Media cues in the sentence of another speaker's quote ("X said ..., Reuters reported"):
        they give their outlet to that quote and are not quotes of their own."""
        folded: set[int] = set()
        for ci, cue in enumerate(self.cues):
            if cue.media_speaker is None:
                continue
            for cj in self.by_sentence[self.doc[cue.token].sent.start]:
                other = self.cues[cj]
                if cj != ci and other.media_speaker is None and other.speaker is not None \
                        and (other.content is not None or cj in owners) and other.reports_words:
                    self.channel.setdefault(cj, cue.media_speaker)
                    folded.add(ci)
        return folded

    def _kind(self, start: int, end: int) -> str:
        inside = self.index.quoted_chars(start, end)
        if not inside:
            return "indirect"
        total = sum(1 for ch in self.text[start:end] if ch.isalnum())
        words_inside = sum(1 for seg in self.index.overlapping(start, end)
                           for ch in self.text[max(start, seg.inner_start):min(end, seg.inner_end)] if ch.isalnum())
        return "direct" if words_inside >= total else "mixed"

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
        if len(inner.split()) < 4 or not inner.rstrip().endswith(_SENTENCE_END + (",",)):
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

    def run(self) -> list[FoundQuote]:
        self._assign(self._claims())
        found = self._direct_quotes()
        found += self._indirect_quotes(found)
        found += self._blocks(found)
        found += self._unclaimed(found)
        found += self._labelled(found)
        found += self._named_afterwards(found)
        return outermost(self.doc, self.cue_at, found, self.refusals)

