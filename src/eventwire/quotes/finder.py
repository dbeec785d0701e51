"""The quotation finder: quotation-mark segments + cues in the parse -> quotes with speaker,
cue and channel.

Direct quotes are segments attached to a cue next to them ("...," he said / He added: "...");
a quote split around its attribution and the quoted sentences that follow it in the same
paragraph are one quote. Indirect quotes are the complements of reporting verbs and the
sentences around "according to X"; quotation marks inside them make them ``mixed``. Quotations and
sentences no cue claims are the steps of ``unclaimed_quotes``; what the steps share (the segments, the
cues' claims, ``FoundQuote``) is ``quote_assembly``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .channels import outlet_in
from .clauses import runs_on
from .cues import Cue, find_cues
from .entry_openings import entry_openings
from .headline_forms import dash_headlines
from .labels import datelines
from .lexicon import QuoteLexicon
from .marks import Segment, SegmentIndex, find_segments, jaccard, quoted_tokens
from .nesting import outermost
from .quote_assembly import SENTENCE_END, ActorLookup, FoundQuote
from .resolve import participle_speakers, resolve_speakers
from .titles import is_title
from .unclaimed_quotes import UnclaimedQuotes

__all__ = ["ActorLookup", "FoundQuote", "QuoteFinder"]

_BEFORE_GLUE = frozenset({",", "—", "–", "-", "--", "’", "'"})
_AFTER_GLUE = frozenset({",", ":", "—", "–", "-", "--"})


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
        lines = datelines(doc) + entry_openings(text, self.lexicon.section_labels)
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


class _Build(UnclaimedQuotes):
    """One document's assembly (kept as an object so the steps share their inputs)."""

    def _glue_ok(self, cue: Cue, toks: range, glue: frozenset[str], a_char: int, b_char: int) -> bool:
        """Only the cue's own clause and light punctuation between the cue and a segment."""
        gap = self.text[a_char:b_char]
        if "\n" in gap and not self.text[:b_char].rstrip().endswith(":"):
            return False
        for i in toks:
            tok = self.doc[i]
            if tok.is_space or tok.lower_ in glue:
                continue
            if i in cue.clause and not (tok.is_punct and tok.text in SENTENCE_END):
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
                opens = inner[:1].isupper() and len(inner.split()) >= 4 and inner.endswith(SENTENCE_END) \
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
        return nxt >= len(self.doc) or self.doc[nxt].is_punct and self.doc[nxt].text in SENTENCE_END \
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
            if not lo <= i <= hi or (tok.is_punct and tok.text in SENTENCE_END) or self.in_claim[i] and i not in cue.clause:
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

    def run(self) -> list[FoundQuote]:
        self._assign(self._claims())
        found = self._direct_quotes()
        found += self._indirect_quotes(found)
        found += self._blocks(found)
        found += self._unclaimed(found)
        found += self._labelled(found)
        found += self._named_afterwards(found)
        return outermost(self.doc, self.cue_at, found, self.refusals)

