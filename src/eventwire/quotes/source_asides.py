"""Asides after the source of "according to X": what the phrase takes in after X, so that it is never the
content (a relative clause about the source, a participle telling where the source had it from)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .boundaries import RELATIVE_PRONOUNS
from .lexicon import QuoteLexicon


def past_source_relative(doc: Doc, tok: Token, last: int) -> int:
    """ "According to Reuters, which cited three sources, the deal ...", "..., according to the coast
    guard, which said the rescue took six hours": a relative clause after the source tells about the
    source; the phrase takes it in (to its closing comma when the phrase leads, else to the end of the
    sentence), so that it is never the content."""
    sent = tok.sent
    if last + 2 >= sent.end or doc[last + 1].text != "," or doc[last + 2].lower_ not in RELATIVE_PRONOUNS:
        return last
    if tok.i == sent.start:
        return next((i - 1 for i in range(last + 3, sent.end) if doc[i].text == ","), last)
    return _before_closing_punct(tok, last)


def past_citing_aside(doc: Doc, tok: Token, last: int, lexicon: QuoteLexicon) -> int:
    """ "According to Reuters, citing two sources, the government plans ...", "..., according to the
    paper, quoting officials close to the talks": a participle of a citing verb right after the source
    tells where the source had it from; the phrase takes it in, to the comma that closes it when the
    sentence's clause follows, else to the end of the sentence."""
    sent = tok.sent
    if last + 2 >= sent.end or doc[last + 1].text != "," or doc[last + 2].tag_ != "VBG" \
            or doc[last + 2].lemma_.lower() not in lexicon.citing_verbs:
        return last
    if sent.root.i <= last:               # "The plan was dropped, according to X, citing Y."
        return _before_closing_punct(tok, last)
    participle = doc[last + 2]
    end = participle.right_edge.i
    if end + 1 < sent.end and doc[end + 1].text == "," and end < sent.root.i:
        return end
    return next((i - 1 for i in range(last + 3, sent.root.i) if doc[i].text == ","), last)


def _before_closing_punct(tok: Token, last: int) -> int:
    """The last token of the sentence before its closing punctuation."""
    doc = tok.doc
    end = tok.sent.end
    while end > last + 2 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end - 1
