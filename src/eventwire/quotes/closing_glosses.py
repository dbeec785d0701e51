"""Closing glosses and attributions: where a content stops before the writer's gloss of it as a claim
someone else judges ("..., a claim the company disputes"), before another cue's closing "according to"
phrase ("..., according to a statement") or before the speaker's own channel or statement ("condemned the
attack in a statement", "claimed the bombing through its news agency")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .boundaries import trim
from .channels import channel_of_phrase
from .lexicon import QuoteLexicon

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


_OWN_CHANNEL_PREPS = frozenset({"through", "via"})
_OTHERS_WORDS = frozenset({"by", "of", "from"})


def before_channel_phrase(doc: Doc, content: tuple[int, int],
                          lexicon: QuoteLexicon) -> tuple[tuple[int, int] | None, str | None]:
    """ "claimed responsibility in a post on Telegram", "claimed the bombing through its news agency": a phrase
    closing a content that is the verb's object and names the channel the speaker used (a statement or post
    on a platform or outlet, or an outlet it spoke through) is the speaker's, not part of what was said (the
    parser hangs it from the object). A phrase naming no channel stays ("cited the figure in her remarks":
    PolNeAR's contents keep such phrases), so does a statement of someone else ("denied the claims in a
    post by the rebels"). Returns the content and the channel."""
    start, end = content
    last = end - 1
    while last > start and doc[last].is_punct:
        last -= 1
    heads = [t for t in doc[start:last + 1] if not start <= t.head.i <= last]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].dep_ != "dobj":
        return content, None               # a clause keeps its own phrases ("would never diagnose anyone via TV")
    for prep in doc[start + 1:last + 1]:
        if prep.dep_ != "prep" or prep.right_edge.i != last or not start <= prep.head.i < prep.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not _speakers_own(obj):
            continue
        channel = channel_of_phrase(prep, lexicon)
        if channel is not None and (prep.lower_ in _OWN_CHANNEL_PREPS or prep.lower_ in lexicon.statement_preps
                                    and obj.lemma_.lower() in lexicon.statement_nouns | lexicon.post_words):
            return trim(doc, start, prep.i), channel
    return content, None


def _speakers_own(obj: Token) -> bool:
    """A statement or outlet with no owner but a pronoun ("its news agency", "a statement") and no 'by'/'of'
    phrase naming another author."""
    return all(c.dep_ != "poss" or c.tag_ == "PRP$" for c in obj.children) \
        and not any(c.dep_ == "prep" and c.lower_ in _OTHERS_WORDS for c in obj.children)
