"""Transcript turns: "PENCE: ..." runs over the paragraphs after it until the next label or a stage
direction ("(CROSSTALK.)"), when they are written like it (all opening with a quotation mark, or
none); the last turn runs on only over paragraphs that still speak in the first or second person ("I",
"we", "you"), as the article may go on after the transcript, and never over a paragraph that quotes or
attributes words of its own (another person's quotation, "Unions said ...");
interview formats "Q: ... / A: ..." give the questions to the interviewer and the answers to the
person interviewed, as the text introduces the interview ("The newspaper interviewed Angela
Merkel", "In an interview with The Washington Post, ..."; else "Q" and the last person named)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .speakers import SpeakerMention

TRANSCRIPT = re.compile(r"([\"“]?)([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(\S.*)")
_QA = re.compile(r"([\"“]?)(Q|A)[:.]\s+(\S.*)")
_DIRECTION = re.compile(r"[\"“]?\s*[(\[][^)\]]*[)\]]\W*$")   # "(CROSSTALK.)", "[LAUGHTER]"
TRAIL = ".;:,\"”’' "
_MAX_CONTINUED = 8                                           # paragraphs one turn may run on over
_SPEAKING = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")   # words of someone speaking


@dataclass(frozen=True)
class OtherVoices:
    """What the rest of the quote finder knows of the text: the character offsets where quotations open
    and those of reporting words with a subject that is not "I", "we" or "you"."""

    quotations: tuple[int, ...] = ()
    attributions: tuple[int, ...] = ()

    def in_paragraph(self, start: int, end: int, marked: bool) -> bool:
        """Does the paragraph [start, end) quote or attribute words of its own? In a transcript written
        inside quotation marks (``marked``), the quotation opening the paragraph is the turn's own."""
        own = start if marked else -1
        return any(start <= opening < end and opening != own for opening in self.quotations) \
            or any(start <= at < end for at in self.attributions)


@dataclass
class _Label:
    line: int               # index of the line
    mark: str               # the quotation mark the line opens with, if any
    label_start: int        # character span of the label
    label_end: int
    content_start: int      # character where the turn's words start
    kind: str               # "name", "Q" or "A"


def transcript_turns(doc: Doc, text: str, speaker_at: Callable[[int, int], SpeakerMention | None],
                     kickers: frozenset[str], voices: OtherVoices = OtherVoices()
                     ) -> list[tuple[int, int, SpeakerMention]]:
    """(start, end, speaker) of each transcript or interview turn after the first line; ``voices`` ends
    the last turn's run-on at a paragraph that quotes or attributes words of its own."""
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    labels = _labels(lines, starts)
    first_q = next((label for label in labels if label.kind == "Q"), None)
    interviewer, interviewee = _interview(doc, first_q.label_start) if first_q is not None else (None, None)
    out = []
    for k, label in enumerate(labels):
        if label.kind == "A":
            speaker = interviewee or speaker_at(label.label_start, label.label_end)
        elif label.kind == "Q":
            speaker = interviewer or speaker_at(label.label_start, label.label_end)
        else:
            speaker = speaker_at(label.label_start, label.label_end)
        if speaker is None or doc[speaker.start:speaker.end].text.lower() in kickers:
            continue
        nxt = labels[k + 1].line if k + 1 < len(labels) else None
        last = _last_line(lines, starts, label, nxt, voices)
        end = starts[last] + len(lines[last].rstrip(TRAIL))
        if end - label.content_start > 3:
            out.append((label.content_start, end, speaker))
    return out


def _labels(lines: list[str], starts: list[int]) -> list[_Label]:
    qa = any(_QA.match(line) and _QA.match(line).group(2) == "Q" for line in lines[1:]) \
        and any(_QA.match(line) and _QA.match(line).group(2) == "A" for line in lines[1:])
    out = []
    for n in range(1, len(lines)):
        m = TRANSCRIPT.match(lines[n])
        kind = "name"
        if m is None and qa:
            m = _QA.match(lines[n])
            kind = m.group(2) if m is not None else kind
        if m is not None:
            out.append(_Label(n, m.group(1), starts[n] + m.start(2), starts[n] + m.end(2), starts[n] + m.start(3), kind))
    return out


def _last_line(lines: list[str], starts: list[int], label: _Label, next_label: int | None,
               voices: OtherVoices) -> int:
    """The last paragraph of a turn: paragraphs between the label line and the next label go on
    with it while written like it (opening with a quotation mark when it does), up to a stage
    direction; after the last label, only while they speak in the first or second person and hold
    no quotation or attribution of their own (so the "I", "we", "you" counted lie outside quotes)."""
    last = label.line
    stop = len(lines) if next_label is None else next_label
    for n in range(label.line + 1, min(stop, label.line + 1 + 2 * _MAX_CONTINUED)):
        line = lines[n].strip()
        if not line:
            continue
        if _DIRECTION.match(line):
            break
        if line.startswith(("\"", "“")) != bool(label.mark):
            break
        lead = starts[n] + len(lines[n]) - len(lines[n].lstrip())
        if next_label is None and (voices.in_paragraph(lead, starts[n] + len(lines[n]), bool(label.mark))
                                   or not _SPEAKING.search(line)):
            break                          # the article may go on after the last turn: only words still spoken
        last = n
    return last


def _interview(doc: Doc, before: int) -> tuple[SpeakerMention | None, SpeakerMention | None]:
    """(interviewer, interviewee) of a Q/A interview, from the last mention of an interview before
    the first question ("The newspaper interviewed Angela Merkel", "In an interview with The
    Washington Post, Clinton ...", "Merkel spoke to Der Spiegel in an interview"); the
    interviewee defaults to the last person named before the first question."""
    interviewer = interviewee = None
    words = [t for t in doc if t.lemma_.lower() == "interview" and t.idx < before]
    if words:
        word = words[-1]
        if word.pos_ == "VERB":
            interviewer = _party(word, ("nsubj",))
            interviewee = _party(word, ("dobj",))
        else:
            partner = _party(word, ("with",)) or _party(word.sent.root, ("to", "with"))
            subject = _party(word.sent.root, ("nsubj",))
            interviewer, interviewee = partner, subject
            if partner is not None and doc[partner.head].ent_type_ == "PERSON" \
                    and (subject is None or doc[subject.head].pos_ != "PROPN"):
                interviewer, interviewee = subject, partner    # "In an interview with Merkel, the paper ..."
    if interviewee is None:
        people = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.end_char <= before]
        if people:
            interviewee = SpeakerMention(people[-1].start, people[-1].end, people[-1].root.i)
    return interviewer, interviewee


def _party(word: Token, links: tuple[str, ...]) -> SpeakerMention | None:
    """The noun phrase linked to ``word`` by a dependency or a preposition in ``links``."""
    for child in word.children:
        target = child if child.dep_ in links else None
        if child.dep_ == "prep" and child.lower_ in links:
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
        if target is not None and target.pos_ in ("PROPN", "NOUN"):
            start = min(t.i for t in target.subtree if t.i <= target.i)
            return SpeakerMention(start, target.i + 1, target.i)
    return None
