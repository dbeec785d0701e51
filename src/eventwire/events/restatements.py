"""Restatements: an event noun that refers back to an act an earlier sentence already coded.

News restates one act in several sentences ("... blocked roads on Monday. The protest ...",
"spoke by phone on Saturday. In the call, ..."). A definite event noun ("the protest", "this
meeting", "their talks") whose code root, source and target equal an event of an earlier sentence
of the same article names that act again: it is the same event, not a new one. Verbs and
indefinite nouns ("a second meeting") still code: two acts with the same dyad are two events.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import ActorRef, Event

# determiners that point back to something already told
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# nouns that are the head of a new, further act even when definite ("the second meeting")
_NEW_ACT_MODIFIERS = frozenset({"second", "third", "fourth", "another", "next", "new", "latest",
                                "further", "first", "last", "previous", "earlier", "upcoming",
                                "planned", "future", "other", "fresh", "renewed"})


def is_definite_event_noun(tok: Token) -> bool:
    """``tok`` is a noun trigger introduced by a definite determiner or a possessor,
    with no ordinal or 'another/new' modifier marking a further act."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    definite = False
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "det" and low in _DEFINITE:
            definite = True
        elif child.dep_ == "poss":   # "their talks", "the students' protest"
            definite = True
        elif child.dep_ in ("amod", "nummod", "det") and low in _NEW_ACT_MODIFIERS:
            return False
    return definite


def _key(ref: ActorRef | None) -> str | None:
    return ref.code if ref is not None else None


def restated(ev: Event, earlier: list[Event]) -> Event | None:
    """The event of an earlier sentence that ``ev`` restates (same root, source and target), or None."""
    for prior in earlier:
        if prior.sentence < ev.sentence and prior.root == ev.root \
                and _key(prior.source) == _key(ev.source) and _key(prior.target) == _key(ev.target):
            return prior
    return None
