"""Received acts: "X faced criticism from Y", "drew condemnation from Y", "received an invitation
from Y", "faced Palestinian criticism". The event noun is the object of a verb of receiving
(``received_from`` in data/cameo/targets.yaml); the act's author is the actor of the 'from' phrase
(else the noun's actor modifier or possessive) and the subject is
the one it is aimed at. Both must be actors; otherwise the trigger is coded as usual (and a
discard rule may veto criticism faced with no author named)."""

from __future__ import annotations

from typing import Any

from . import syntax
from .arguments import Arg, ArgumentFinder, Roles
from .statements import ARMED


def roles(f: Any, finder: ArgumentFinder, verbs: frozenset[str]) -> Roles | None:
    """Source (the 'from' phrase) and target (the receiving subject) of a received event noun, or None."""
    verb = f.token.head if f.attempt.noun else f.token
    if verb.lemma_.lower() not in verbs:   # most triggers: asked first
        return None
    if f.attempt.noun:
        tok = f.token
        if tok.dep_ not in ("dobj", "obj"):
            return None
    else:   # a light-verb pattern at the verb ("drew criticism", "came under fire"): its event noun is
        # the object, or the object of 'under'
        tok = next(iter(syntax.children(verb, "dobj", "obj")), None)
        if tok is None or not f.attempt.pattern.objects:
            tok = next((o for p in syntax.children(verb, "prep") if p.lower_ == "under"
                        for o in syntax.children(p, "pobj")), None)
            if tok is None or not f.attempt.pattern.preps:
                return None
    froms = [p for p in (*tok.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "from"]
    sources = [a for p in froms for o in syntax.children(p, "pobj")
               for a in finder.actors(o, f"author of the {tok.text}: 'from' phrase")]
    if not sources and f.attempt.noun:
        # "faced stiff Palestinian criticism", "faced Trump's criticism": the noun's owner wrote it
        sources = [a for m in tok.children if m.dep_ in ("poss", "amod", "compound", "nmod") and m.i < tok.i
                   for a in finder.actors(m, f"author of the {tok.text}: its modifier '{m.text}'")]
    if not sources:
        return None
    if f.attempt.pattern.root == "11" and any(set(a.ref.sectors) & ARMED for a in sources):
        return Roles(sources=[], targets=[])   # "came under fire from insurgents": gunfire, not words
    targets = [Arg(a.ref, a.token, f"receiver of the {tok.text}: {a.how} of '{verb.text}'", a.person)
               for a in finder.verb_sources(verb)]
    if not targets:
        return None
    return Roles(sources=sources, targets=targets)
