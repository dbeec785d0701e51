"""A trip or talks an actor is on, told as a circumstance: "on a visit to Lima", "on his tour of the
region", "during talks with Putin" (``trips`` in data/cameo/arguments.yaml). One rule for the argument
finders (who makes the trip: ``sources``) and the background rules (no topic: ``background``)."""

from __future__ import annotations

from spacy.tokens import Token

from .argument_words import argument_words


def trip_phrase(tok: Token) -> Token | None:
    """The 'on'/'during' preposition of a trip noun the clause's doer is on ("on a visit to Lima", "on
    his tour", "during talks with Putin"; 'on' needs 'a'/'an' or a possessive: "asked on the visit" is
    a topic), else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "during"):
        return None
    words = argument_words()
    if not words.trips & {tok.lower_, words.noun_lemma(tok)}:
        return None
    if prep.lower_ == "on" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss"
                                       for c in tok.children):
        return None
    return prep
