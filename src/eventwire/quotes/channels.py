"""Channels: the outlet a claim passed through ("told Russian news agency TASS", "Reuters reported",
"in an interview with CNN", "according to AP")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .lexicon import QuoteLexicon

_ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj", "npadvmod", "appos", "oprd"})
_PREP_TO = frozenset({"to", "with"})


def outlet_in(span: Span, lexicon: QuoteLexicon, *, media_words: bool = True) -> str | None:
    """The channel a noun phrase names: a known outlet, or (``media_words``) a media noun
    phrase ("the newspaper", "news agency RIA")."""
    words = [t.text for t in span]
    for i in range(len(words)):
        hit = lexicon.outlet_at(words, i)
        if hit is not None:
            return span[i:i + hit[1]].text
    if not media_words:
        return None
    head = span.root
    if head.lemma_.lower() in lexicon.media_words or head.lower_ in lexicon.media_words:
        names = [t for t in span if t.pos_ == "PROPN" and t.i > head.i]
        if names:
            return span.doc[names[0].i:names[-1].i + 1].text
        if len(span) <= 6:
            return span.text
    return None


def _phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def channel_of_cue(verb: Token, lexicon: QuoteLexicon, skip: Callable[[int], bool] = lambda i: False) -> str | None:
    """The outlet addressed by a reporting verb: "told TASS", "said on CNN", "in an interview with AP".
    A known outlet name wins over a media noun phrase ("told Russian news agency TASS" -> TASS).
    ``skip(i)`` marks tokens that are no channel (a dateline's "(Reuters)")."""
    for media_words in (False, True):
        for child in verb.children:
            if skip(child.i):
                continue
            if child.dep_ in _ADDRESSEE_DEPS and child.pos_ in ("PROPN", "NOUN"):
                found = outlet_in(_phrase(child), lexicon, media_words=media_words)
            elif child.dep_ == "prep":
                found = _channel_of_prep(child, lexicon)
            else:
                found = None
            if found:
                return found
    return None


def _channel_of_prep(prep: Token, lexicon: QuoteLexicon) -> str | None:
    word = prep.lower_
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if word in ("to", "on") and obj.pos_ in ("PROPN", "NOUN"):
            found = outlet_in(_phrase(obj), lexicon)
            if found:
                return found
        if word in ("in", "during", "to") and obj.lemma_.lower() in lexicon.interview_words:
            for sub in obj.children:
                if sub.dep_ == "prep" and sub.lower_ in _PREP_TO:
                    for inner in (c for c in sub.children if c.dep_ == "pobj"):
                        found = outlet_in(_phrase(inner), lexicon)
                        if found:
                            return found
            for sub in obj.children:   # "in a CNN interview", "in an interview on Fox News"
                if sub.dep_ in ("compound", "poss", "nmod") and sub.pos_ == "PROPN":
                    found = outlet_in(_phrase(sub), lexicon)
                    if found:
                        return found
                if sub.dep_ == "prep" and sub.lower_ == "on":
                    found = _channel_of_prep(sub, lexicon)
                    if found:
                        return found
    return None
