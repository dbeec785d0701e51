"""Headline and standfirst attributions: a paragraph of one line with no closing stop is a sentence of its
own, written in the short forms of headlines; a line of hard-wrapped text is none (``own_paragraph``).
"Kremlin says no plans for talks" (a reporting verb with a bare noun phrase: the phrase is what was said)
and "Ceasefire holds in Gaza - UN" (a clause, a dash and who says it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from .speakers import SpeakerMention

_LINE = re.compile(r"[^\n]+")
_NEXT_WORD = re.compile(r"\s*(\S)")
_RUN_ON = re.compile(r"\S[ \t]*\n[ \t]*[^\W\d_A-ZÀ-ÖØ-Þ]")      # words, one line break, a lower-case letter
STOPS = (".", "!", "?", "…", ":", ";", '"', "”", "'", "’", ")", ",")
_MIN_WORDS, _MAX_WORDS = 3, 30
_DASH_SPEAKER = re.compile(r"\s(?:-|--|—|–)\s+(\S[^\n]*)$")
_MAX_SPEAKER_WORDS = 4
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PART"})
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})


def unstopped_lines(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the headline and standfirst lines: three to thirty words, no closing stop (not a
    line closed by a full stop, a colon or a quotation mark), and a paragraph of their own
    (``own_paragraph``)."""
    wrapped = is_hard_wrapped(text)
    for match in _LINE.finditer(text):
        line = match.group().rstrip()
        if _headline_like(line) and own_paragraph(text, match.start(), match.end(), wrapped):
            yield match.start(), match.start() + len(line)


def in_unstopped_line(tok: Token, text: str) -> bool:
    """Whether the token stands in a headline or standfirst line (``unstopped_lines``)."""
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = end if end >= 0 else len(text)
    return _headline_like(text[start:end].rstrip()) and own_paragraph(text, start, end, is_hard_wrapped(text))


def is_hard_wrapped(text: str) -> bool:
    """Whether the text breaks its sentences over lines (fixed-width wire feeds, e-mail, the text of a PDF):
    somewhere a line goes straight on, with no blank line, into a line that opens in lower case."""
    return _RUN_ON.search(text) is not None


def own_paragraph(text: str, start: int, end: int, wrapped: bool) -> bool:
    """Whether the line from ``start`` to ``end`` (its newline excluded) is a paragraph of its own. The
    next words must not be in lower case (they go on with its sentence). In a hard-wrapped text, where a
    line break is no paragraph's end, it also needs a blank line or the start of the text before it and a
    blank line or the end of the text after it; elsewhere a line break ends a paragraph."""
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1).islower():
        return False
    if not wrapped:
        return True
    if start > 0 and text[text.rfind("\n", 0, start - 1) + 1:start].strip():
        return False                    # the line before has words
    after_next = text.find("\n", end + 1)
    return end >= len(text) or not text[end + 1:after_next if after_next >= 0 else len(text)].strip()


def _headline_like(line: str) -> bool:
    """Three to thirty words and no closing stop."""
    return _MIN_WORDS <= len(line.split()) <= _MAX_WORDS and not line.endswith(STOPS)


def said_noun_phrase(verb: Token) -> tuple[int, int] | None:
    """ "Kremlin says no plans for talks", "Minister says fresh vote likely": in a headline a verb of saying
    takes the phrase of a clause whose verb is left out; that phrase, to the end of the line, is the content
    (the caller asks only for a verb of speech in a headline line, ``in_unstopped_line``)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp", "oprd") and c.i > verb.i
                and c.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return None
    end = verb.i + 1
    while end < len(verb.doc) and verb.doc[end].text != "\n" and verb.doc[end].sent == verb.sent:
        end += 1
    while end > verb.i + 1 and (verb.doc[end - 1].is_punct or verb.doc[end - 1].is_space):
        end -= 1
    return (verb.i + 1, end) if end - verb.i - 1 >= 2 else None


def dash_headlines(doc: Doc, text: str, kickers: frozenset[str],
                   is_outlet: Callable[[Span], bool]) -> list[tuple[int, int, SpeakerMention]]:
    """(start, end, speaker) of the lines with no stop that end in a dash and who says them: "Ceasefire holds
    in Gaza - UN", "Protesters will face harsh response - police chief". The words before the dash are a
    clause (a finite verb or an infinitive); after it, one to four words of a noun phrase, no number and no
    news outlet ("... - BBC News", "... - The Guardian": the site's name after its headline)."""
    out = []
    for start, end in unstopped_lines(text):
        m = _DASH_SPEAKER.search(text, start, end)
        if m is None or len(m.group(1).split()) > _MAX_SPEAKER_WORDS:
            continue
        said = doc.char_span(start, m.start(), alignment_mode="expand")
        who = doc.char_span(m.start(1), end, alignment_mode="expand")
        if said is None or who is None or len(said) < 3 or who.text.lower() in kickers or is_outlet(who) \
                or not any(t.tag_ in _CLAUSE_TAGS for t in said):
            continue
        if not all(t.pos_ in _SPEAKER_POS and not t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in who) \
                or not any(t.pos_ in ("NOUN", "PROPN") for t in who):
            continue
        head = max((t for t in who if t.pos_ in ("NOUN", "PROPN")), key=lambda t: t.i)
        content_end = said.end
        while content_end > said.start and (doc[content_end - 1].is_punct or doc[content_end - 1].is_space):
            content_end -= 1
        out.append((doc[said.start].idx, doc[content_end - 1].idx + len(doc[content_end - 1]),
                    SpeakerMention(who.start, who.end, head.i)))
    return out
