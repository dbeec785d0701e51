"""Statement helpers of the event coder: reporting frames, bare warnings and spoken attitudes."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import syntax
from .modality import ModalityRules

_PROMISE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})


def bare_warning(f: Any, rules: ModalityRules) -> bool:
    """"X warned that ...": no object, and the complement states no act ("would respond") of anyone."""
    tok = f.token
    if f.attempt.noun or f.code != "130" or tok.lemma_.lower() != "warn" or f.attempt.pattern.objects:
        return False
    if any(c.dep_ in ("dobj", "dative", "obj") for c in tok.children):
        return False
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    if not comps:
        return False
    return not any(a.lower_ in _PROMISE_AUX for c in comps for a in c.children if a.dep_ == "aux")


def is_reporting_frame(verb: Token) -> bool:
    """"X said (that) ...", "'...,' she said": a speech verb framing a clause or a quotation."""
    if verb.dep_ in ("parataxis", "ccomp") or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return True
    doc = verb.doc
    i = syntax.sent_start(verb)
    while i < len(doc):
        if doc[i].is_quote:
            return True
        i += 1
        if i < len(doc) and doc[i].is_sent_start:
            break
    return False


def spoken(noun: Token, rules: ModalityRules) -> bool:
    """ "expressed concern", "voiced optimism", "concern was expressed": a verb of saying carries the noun."""
    verb = syntax.light_verb(noun)
    return verb is not None and verb.lemma_.lower() in rules.governors.get("speech", ())


def warning_to_act(f: Any) -> bool:
    """"China warned North Korea to stop any further provocations": a warning that names no act of
    the speaker (no consequence, no threat object) and tells the addressee what to do is a demand."""
    tok = f.token
    if f.attempt.noun or f.code != "130" or tok.lemma_.lower() != "warn" or f.attempt.pattern.objects:
        return False
    if not any(c.dep_ in ("dobj", "obj") for c in tok.children) or syntax.children(tok, "ccomp"):
        return False
    if any(p.lower_ in ("of", "against") for p in syntax.children(tok, "prep")):
        return False
    comps = [c for c in tok.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                   for a in c.children)]
    # "warned Iran to stop or face the consequences": a threat
    return bool(comps) and not any(t.lower_ in ("or", "otherwise", "else") for c in comps for t in c.subtree)


# roles that carry arms: a force reading of their "attack" stands
ARMED = frozenset({"MIL", "REB", "INS", "CRM", "COP", "SPY", "UAF", "SEP"})
# roles of institutions and people that a politician attacks in words ("attacked the courts/the media")
_VERBAL_TARGETS = frozenset({"JUD", "MED", "LEG", "PTY", "OPP", "GOV", "EDU", "NGO", "CVL", "ELI"})
_PHYSICAL_HOW = ("via", "owner", "place", "institution")


def verbal_force(f: Any) -> str | None:
    """A force reading (18/19) of a verb that the lexicon also reads as criticism ("attack",
    "assail": a verb pattern of root 11) whose every pair is an unarmed political actor against an
    institution or person of its own country named as such ("Trump attacked the courts/the
    media"): the verbal reading's code, else None. A force code needs an armed actor, or a
    physical object (a building, a place: a target found through its owner or place stays)."""
    if f.attempt.noun or f.attempt.pattern.root not in ("18", "19") or not f.pairs:
        return None
    verbal = next((a.pattern.code for a in f.trace.attempts
                   if a.pattern.root == "11" and not a.noun and a.pattern.verbs), None)
    if verbal is None:
        return None
    for s, t in f.pairs:
        if t is None or not s.ref.sectors or set(s.ref.sectors) & ARMED or set(t.ref.sectors) & ARMED:
            return None
        if not s.ref.country or s.ref.country != t.ref.country or not set(t.ref.sectors) & _VERBAL_TARGETS:
            return None
        if any(w in t.how for w in _PHYSICAL_HOW):
            return None
    return str(verbal)
