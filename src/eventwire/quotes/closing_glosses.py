"""Closing glosses and attributions: where a content stops before the writer's gloss of it as a claim
someone else judges ("..., a claim the company disputes") or before another cue's closing "according to"
phrase ("..., according to a statement")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .boundaries import trim

_GLOSS_START = re.compile(r"\s+an?\s", re.I)
_ACCORDING = re.compile(r"\s+according to\b", re.I)
_SUBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS"})   # "the", "he", "its", "Moscow"


def _commas_before(doc: Doc, text: str, content: tuple[int, int], follow: re.Pattern[str]) -> Iterator[int]:
    """Token indices of the commas inside the content that ``follow`` matches right after (found in
    the text, not token by token: these checks run for every cue)."""
    start, end = content
    last = doc[end - 1]
    lo, hi = doc[start].idx, last.idx + len(last)
    pos = text.find(",", lo, hi)
    while pos >= 0:
        if follow.match(text, pos + 1):
            span = doc.char_span(pos, pos + 1)
            if span is not None and start < span.start:
                yield span.start
        pos = text.find(",", pos + 1, hi)


def before_claim_gloss(doc: Doc, text: str, content: tuple[int, int], nouns: frozenset[str]) -> tuple[int, int] | None:
    """ "the dam will flood farmland, a claim the company disputes": a closing gloss that names the
    content a claim someone else judges (a reporting noun after a comma with a relative clause) is
    the writer's, not part of the content. ``text``: the document's text."""
    start, end = content
    for comma in _commas_before(doc, text, content, _GLOSS_START):
        noun = doc[comma + 1].head if comma + 1 < end else None
        if noun is not None and noun.i < end and noun.lemma_.lower() in nouns \
                and (any(c.dep_ in ("relcl", "acl") for c in noun.children)
                     or noun.i + 1 < end and doc[noun.i + 1].lower_ in ("that", "which")
                     or _reduced_relative_after(doc, noun, end)):
            return trim(doc, start, comma)
    return content


def _reduced_relative_after(doc: Doc, noun: Token, end: int) -> bool:
    """ "a charge the commission rejects", "a claim Moscow denies": the gloss noun is followed by the
    subject of a relative clause with no pronoun, which the parser often misreads (the verb as a plural
    noun); the word after the noun opens a noun phrase and more words follow it."""
    nxt = noun.i + 1
    return nxt + 1 < end and noun.head.i != nxt and doc[nxt].tag_ in _SUBJECT_OPENERS


def before_according(doc: Doc, text: str, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "expects sales to fall, according to a statement": a closing "according to" phrase is another
    cue's attribution, not part of this content. ``text``: the document's text."""
    for comma in _commas_before(doc, text, content, _ACCORDING):
        return trim(doc, content[0], comma)
    return content
