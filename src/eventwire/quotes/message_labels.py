"""A quotation named afterwards by a reporting noun and its holder: '"We will not back down." That was the
message from the interior minister', '"The deal is dead," was the verdict of one senior diplomat', '"..." —
this is the warning of the central bank'. The speaker is the noun's "of"/"from" phrase."""

from __future__ import annotations

from spacy.tokens import Doc

from .speakers import SpeakerMention, speaker_span

_POINTERS = frozenset({"that", "this", "such"})
_HOLDER_PREPS = frozenset({"of", "from"})
_MAX_NOUN_DISTANCE = 3                  # "was the blunt message", "is the clear verdict"


def message_holder(doc: Doc, after: int, nouns: frozenset[str]) -> tuple[SpeakerMention, str] | None:
    """(speaker, the noun as written) when the words from token ``after`` (the first after the quotation)
    are "[that|this] was|is the <reporting noun> of|from X"; else None. ``nouns``: reporting nouns."""
    i = after
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i < len(doc) and doc[i].lower_ in _POINTERS and doc[i].dep_ == "nsubj":
        i += 1
    if i >= len(doc) or doc[i].lemma_ != "be" or doc[i].pos_ not in ("AUX", "VERB"):
        return None
    be = doc[i]
    noun = next((c for c in be.children if c.dep_ == "attr" and c.i - be.i <= _MAX_NOUN_DISTANCE
                 and c.lemma_.lower() in nouns), None)
    if noun is None:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS and c.i == noun.i + 1), None)
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if holder is None or holder.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return speaker_span(holder, lambda j: j <= prep.i), noun.text
