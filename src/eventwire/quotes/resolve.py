"""Speakers across a document's cues: a participle after "X said," is X's, a continuing verb
("added", "went on") with no subject goes to the last speaker, and pronouns and nouns are resolved
in reading order."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .cue import Cue
from .speaker_records import SpeakerTracker
from .speakers import SpeakerMention

_CONTINUING = frozenset({"add", "continue", "go"})


def participle_speakers(doc: Doc, cues: list[Cue]) -> None:
    """ '"...," Sanders said, suggesting a few questions' and '..., she said, going on to say that ...': a
    participle right after "X said," is X's, wherever the parser hung it (often inside the quotation)."""
    at = {cue.token: cue for cue in cues}
    for cue in cues:
        if cue.speaker is not None:
            continue
        tok = doc[cue.token]
        if tok.dep_ == "xcomp" and tok.head.tag_ == "VBG" and tok.head.i < tok.i:
            tok = tok.head                 # "going on to say"
        if tok.tag_ != "VBG" or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        said = at.get(tok.i - 2)
        if said is not None and said.speaker is not None:
            cue.speaker = replace(said.speaker)


def resolve_speakers(doc: Doc, cues: list[Cue], document_nouns: frozenset[str]) -> None:
    tracker = SpeakerTracker(doc, document_nouns)
    last: SpeakerMention | None = None
    reported = [False] * len(doc)         # "Peskov said that Putin and Trump had not talked ...":
    for cue in cues:                      # Putin is no antecedent for the next "he"
        if cue.content is not None:
            reported[cue.content[0]:cue.content[1]] = [True] * (cue.content[1] - cue.content[0])
    for cue in sorted(cues, key=lambda c: c.speaker.start if c.speaker else c.token):
        if cue.speaker is None and cue.entry is not None and cue.entry.lemma in _CONTINUING and last is not None:
            cue.speaker = SpeakerMention(last.start, last.end, last.head, last.antecedent)
        if cue.speaker is not None:
            nested = reported[cue.speaker.head] and not (cue.content is not None
                                                          and cue.content[0] <= cue.speaker.head < cue.content[1])
            tracker.resolve(cue.speaker, remember=not nested)
            if not nested:
                last = cue.speaker
