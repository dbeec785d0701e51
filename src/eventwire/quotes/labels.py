"""Quotes whose speaker is a label rather than a reporting verb.

* headline "Kaine: Debate moderator was fair to both" (first line, short name before a colon);
* transcript lines ``KAINE: Well, no, ...`` (a paragraph opening with an upper-case name);
* dash attribution ``“...” ― Rosa Delgado`` (a quotation followed by a dash and a name), and a
  quotation set off by dashes right after a name (``Rosa Delgado -- “...” -- and others``);
* block quotes: a paragraph ending in a colon ("The governor added:") introduces the next one.

Each rule looks only at paragraph starts and segment ends, never scans the text per token.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..times.dateline import document_datelines
from .marks import Segment
from .speakers import SpeakerMention
from .transcripts import TRAIL, OtherVoices, transcript_turns

_HEADLINE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(\S.*)")
_DASH = re.compile(r"\s*[―—–]\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s*(?:\n|$)")
_LONG_LABEL = re.compile(r"([A-Z][^:]{2,80}?):\s+(\S.*)")
_NAME_ON = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) on [A-Z]")
_OPENING_MARKS = ("‘", "“", '"', "'")
# prepositions a title-case headline label may hold, tagged as names there ("Stealth Over Health:")
_TITLE_PREPS = frozenset({"over", "under", "against", "after", "before", "about", "for", "from", "with",
                          "without", "in", "on", "at", "of", "into", "to", "by", "vs", "versus"})
def datelines(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of wire datelines opening a paragraph ("PARIS (AFP) - ", "NAIROBI — ", "Kyiv, 3 May (UNIAN) -
    "), from the document's one dateline reading (``times.dateline.document_datelines``; the quote finder's rule is
    ``Dateline.paragraph_opening``: a bare "NAME: " is a transcript's speaker label)."""
    return [(d.line_start, d.text_start) for d in document_datelines(doc) if d.paragraph_opening]


def _span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _speaker(doc: Doc, start: int, end: int) -> SpeakerMention | None:
    toks = _span(doc, start, end)
    if toks is None:
        return None
    head = max(range(*toks), key=lambda i: (doc[i].pos_ == "PROPN", i))
    return SpeakerMention(toks[0], toks[1], head)


def _speaker_like(doc: Doc, mention: SpeakerMention, kickers: frozenset[str]) -> bool:
    """A headline label names a speaker: not a kicker ("The Latest:"), and no preposition
    ("Stealth Over Health:") unless it holds a person's name ("A lesson from Loretta Lynch:")."""
    span = doc[mention.start:mention.end]
    if span.text.lower() in kickers:
        return False
    person = any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span)
    return person or not any(t.pos_ in ("ADP", "VERB", "AUX") or t.lower_ in _TITLE_PREPS for t in span)


def _named_label(doc: Doc, line: str, start: int) -> tuple[re.Match[str], SpeakerMention] | None:
    """A longer headline label that still names who speaks: "Senator Maria Lopez Grills Bank Chief:
    ‘You Should Resign ...’" (a quotation after the colon: the first person or organisation named
    before it) and "Obama on Climate Change: ..." (a name, then "on" and the topic)."""
    m = _LONG_LABEL.match(line)
    if m is None:
        return None
    topic = _NAME_ON.match(m.group(1))
    if topic is not None:
        speaker = _speaker(doc, start, start + topic.end(1))
        return (m, speaker) if speaker is not None else None
    if not m.group(2).startswith(_OPENING_MARKS):
        return None
    label = doc.char_span(start, start + m.end(1), alignment_mode="expand")
    ent = next((e for e in label.ents if e.label_ in ("PERSON", "ORG")), None) if label is not None else None
    if ent is None:
        return None
    return m, SpeakerMention(ent.start, ent.end, ent.root.i)


_TURN_LEAD = re.compile(r"[\"“]?[A-Z][A-Z.'’ -]*:\s*")


def opens_turn(text: str, quote_start: int, turn_start: int) -> bool:
    """Does a quotation opening at ``quote_start`` begin with the label of the transcript turn whose
    words start at ``turn_start`` ('"PENCE: And that is why ...')? Then the turn is the quote."""
    return quote_start < turn_start and _TURN_LEAD.fullmatch(text, quote_start, turn_start) is not None


def labelled_quotes(doc: Doc, text: str, kickers: frozenset[str] = frozenset(),
                    voices: OtherVoices = OtherVoices()) -> list[tuple[int, int, SpeakerMention, str]]:
    """(start, end, speaker, cue) of headline and transcript quotes; ``voices`` (quotations and other
    attributions) end the last transcript turn."""
    out = [(start, end, speaker, ":") for start, end, speaker
           in transcript_turns(doc, text, lambda a, b: _speaker(doc, a, b), kickers, voices)]
    line = text.split("\n", 1)[0]
    m = _HEADLINE.match(line)
    named = _named_label(doc, line, 0) if m is None else None
    if named is not None:
        m, speaker = named
    elif m is not None:
        speaker = _speaker(doc, m.start(1), m.end(1))
        if speaker is not None and not _speaker_like(doc, speaker, kickers):
            speaker = None
        if speaker is not None and doc[speaker.start:speaker.end].text.lower() in kickers:
            speaker = None             # "UPDATE: ...", "CORRECTION: ..."
    if m is not None and speaker is not None:
        c_start, c_end = m.start(2), len(line.rstrip(TRAIL))
        if line.rstrip().endswith(("”", '"', "’", "'")):
            c_end = len(line.rstrip())
        if named is not None or c_end - c_start > 3:
            out.insert(0, (c_start, c_end, speaker, ":"))
    return out


def dash_attributed(doc: Doc, text: str, segment: Segment) -> SpeakerMention | None:
    """The name after a quotation closed by a dash attribution (“...” ― Name), if any."""
    m = _DASH.match(text, segment.end)
    if m is None:
        return None
    return _speaker(doc, m.start(1), m.end(1))


_DASH_BEFORE = re.compile(r"(?:--|[—–])\s*$")
_DASH_AFTER = re.compile(r"\s*(?:--|[—–])\s")
_NAMED = frozenset({"PERSON", "ORG", "NORP"})


def dash_set_attributed(doc: Doc, text: str, segment: Segment, first: int) -> SpeakerMention | None:
    """The name a quotation set off by dashes follows ("the former treasury secretary Larry Summers
    -- “This plan cannot pay for itself” -- and two laureates", "The governor — “We will not back
    down” — vowed ..."): a spaced dash on both sides, a clause of three words or more inside, and right
    before the first dash a name (a person, organisation or group) or the subject of the sentence's
    verb; inside, a finite verb (a clause said, not a phrase of the writer's). ``first``: the segment's
    first word."""
    before = text[max(0, segment.start - 4):segment.start]
    if _DASH_BEFORE.search(before) is None or _DASH_AFTER.match(text, segment.end) is None \
            or len(text[segment.inner_start:segment.inner_end].split()) < 3:
        return None
    inside = doc.char_span(segment.inner_start, segment.inner_end, alignment_mode="expand")
    if inside is None or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in inside):
        return None                        # "the BBC -- “a fine broadcaster” --": the writer's gloss
    i = first - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0 or first - i > 3:
        return None
    tok = doc[i]
    if not (tok.ent_type_ in _NAMED or tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.dep_ == "nsubj"):
        return None
    if tok.ent_type_ in ("DATE", "TIME"):
        return None
    head = tok
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
        head = head.head.head              # "the mayor of Lyon": the mayor
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    start = min(t.i for t in head.subtree if t.i <= i)
    return SpeakerMention(start, i + 1, head.i)


_COLON_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_PERSON_LIKE = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def colon_attributed(doc: Doc, text: str, segment: Segment, first: int) -> SpeakerMention | None:
    """The subject of a clause that a colon closes right before a quoted sentence ("The mayor was
    blunt: “We don't have the money.”", "Her reply was short: ..."): the person or body the clause
    is about says the quotation. ``first``: the segment's first word. Only a named subject (a
    person, organisation, nation or place, or a proper noun) or a personal pronoun."""
    before = text[:segment.start].rstrip(" ")
    inner = text[segment.inner_start:segment.inner_end].strip()
    if not before.endswith(":") or len(inner.split()) < 3 or not inner[:1].isupper() \
            or not inner.endswith((".", "!", "?")) or first <= 0:
        return None
    colon = first - 1
    while colon > 0 and doc[colon].text != ":":
        colon -= 1
    if colon <= 0 or doc[colon].text != ":":
        return None
    verb = doc[colon - 1]                  # the verb of the clause the colon closes (the parser may
    while verb.head.i < colon and verb.head.i != verb.i:   # hang it from the quotation)
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or doc[verb.i].sent.start != doc[colon - 1].sent.start:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is not None and subj.pos_ == "NOUN":   # "Merkel's reply was short:": the possessor
        subj = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if subj is not None:
            return SpeakerMention(subj.left_edge.i, subj.i + 1, subj.i)
    if subj is None or not (subj.ent_type_ in _PERSON_LIKE or subj.pos_ == "PROPN" or subj.lower_ in _COLON_PRONOUNS):
        return None
    return SpeakerMention(subj.left_edge.i, subj.right_edge.i + 1, subj.i)


def statement_holder(doc: Doc, colon: int, nouns: frozenset[str]) -> SpeakerMention | None:
    """The subject of a clause a colon closes whose object is a statement ("On July 6 the senator made
    the following comment:", "The ministry issued a statement:"): who gives the words that follow."""
    if colon <= 0 or doc[colon].text != ":":
        return None
    verb = doc[colon - 1]
    while verb.head.i < colon and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.sent.start != doc[colon - 1].sent.start \
            or not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON") or subj.lower_ in ("it", "this", "that"):
        return None
    return SpeakerMention(subj.left_edge.i, subj.right_edge.i + 1, subj.i)


def colon_blocks(text: str) -> list[tuple[int, int, int]]:
    """(colon position, block start, block end) for each paragraph that ends with a colon and is
    followed by another paragraph: "Limbaugh added:" then the paragraph he said."""
    out = []
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for n, line in enumerate(lines):
        body = line.rstrip()
        if not body.endswith(":") or len(body.split()) > 40:
            continue
        nxt = next((k for k in range(n + 1, min(n + 3, len(lines))) if lines[k].strip()), None)
        if nxt is None:
            continue
        block = lines[nxt]
        lead = len(block) - len(block.lstrip())
        out.append((starts[n] + len(body) - 1, starts[nxt] + lead, starts[nxt] + len(block.rstrip())))
    return out
