"""Whether two event records name the same actor, for the merge of restatements (``restatements.py``).

The same CAMEO code and, where both are named, the same person or organisation ("Trump met Putin" and "Tillerson met
Lavrov" are other actors with the same codes); a bare country is one actor whatever its name, and it is the state a
state actor of that country (GOV, MIL ...: ``state_sectors`` of restatements.yaml) acts for in a retelling ("Fiji
and Australia signed a treaty" / "the treaty was signed by Prime Minister Rabuka and his Australian counterpart").
Its rebels, opposition or protesters act for themselves ("Ukrainian rebels accused Russia" is not "Ukraine accused
Russia").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..records import ActorRef

__all__ = ["name_words", "one_actor", "same_actor"]

_WORD_SPLIT = re.compile(r"[\s\-]+")


def same_actor(a: ActorRef | None, b: ActorRef | None,
               words_a: frozenset[str] = frozenset(), words_b: frozenset[str] = frozenset()) -> bool:
    """Same CAMEO code and, where both are named, the same person or organisation (a surname and the
    fuller name that holds all its words are one: ``_one_name``); where one is
    named and the other is a proper name of its own, a word in common ("He" named Scooter Braun
    is not "Dick Clark Productions"). ``words_a``/``words_b``: the actors' name words
    (``name_words``). A bare country code is one actor whatever the name ("Moscow", "Russia",
    "Russians" are all RUS)."""
    if a is None or b is None:
        return a is None and b is None
    if a.code != b.code:
        return False
    if a.code is None:                       # uncoded actors: only the same words
        return a.text.lower() == b.text.lower()
    if a.code == a.country:
        return True
    if a.name is not None and b.name is not None:
        return _one_name(a.name, b.name)
    return not (words_a and words_b) or bool(words_a & words_b)


def _one_name(a: str, b: str) -> bool:
    """One name, or a name and the fuller name that holds all its words (a headline's "Axelrod", the
    lead's "David Axelrod"); "Jeb Bush" and "George W. Bush" are two people."""
    x, y = (frozenset(w.lower() for w in _WORD_SPLIT.split(n) if w) for n in (a, b))
    return x <= y or y <= x


def name_words(ref: ActorRef | None, doc: Doc | None) -> frozenset[str]:
    """The words that name an actor: its dictionary name's, else the proper name its mention is or
    stands beside ("the firm that stages the awards show, Acme Events"); none for "the union",
    "he", "a New York judge"."""
    if ref is None:
        return frozenset()
    if ref.name:
        return frozenset(w.lower() for w in _WORD_SPLIT.split(ref.name) if w[:1].isupper())
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return frozenset()
    heads = [span.root, *(c for c in span.root.children if c.dep_ == "appos")]
    return frozenset(t.lower_ for h in heads if h.pos_ == "PROPN"
                     for t in (h, *h.children) if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat", h.dep_))


def one_actor(a: ActorRef | None, b: ActorRef | None, words_a: frozenset[str], words_b: frozenset[str],
              state_sectors: frozenset[str] = frozenset()) -> bool:
    """``same_actor``, or a bare country and a state actor of that country (first sector in ``state_sectors``,
    restatements.yaml): the lead's "Fiji and Australia signed a treaty" is the state the next sentence's prime
    ministers sign for; the country's rebels or protesters are actors of their own."""
    if same_actor(a, b, words_a, words_b):
        return True
    if a is None or b is None or not a.code or not b.code or a.country is None or a.country != b.country:
        return False
    country = a.country
    if a.code == b.code or country not in (a.code, b.code) or not all(r.code.startswith(country) for r in (a, b)):
        return False
    actor = b.code if a.code == country else a.code
    return actor[len(country):len(country) + 3] in state_sectors
