"""The antecedent target of a reaction: the doer of an act told before that a bare definite noun ("the
decision", "this move"), a thing pronoun ("hailed it as a victory") or a reaction with no object ("vowed
to take countermeasures") answers (``antecedent`` in data/cameo/targets.yaml; ``TargetFallbacks.antecedent``).
"""

from __future__ import annotations

from dataclasses import replace

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import syntax
from .argument_types import Arg

if TYPE_CHECKING:
    from .arguments import ArgumentFinder

__all__ = ["ANAPHORIC_DETS", "ANTECEDENT_WINDOW", "REACTION_WINDOW", "antecedent_targets", "judged_thing_pronoun"]

# determiners of a noun phrase that points back to an event told before ("the decision", "this move")
ANAPHORIC_DETS = frozenset({"the", "this", "these", "that", "those", "such"})
# how many sentences back an antecedent event may stand (for a reaction with no object: fewer)
ANTECEDENT_WINDOW = 3
REACTION_WINDOW = 2
# pronouns that name a thing told before when they are the object of a judging or reacting verb ("hailed
# it as a victory", "called this a betrayal"), not an actor
_THING_PRONOUNS = frozenset({"it", "this", "that"})
# armed groups and criminals outside the state: an earlier act of one of the reacting source's own
# country may be what it reacts to ("Boko Haram attacked a village. The Nigerian government
# condemned the attack"); its own state's acts may not (a government does not answer itself)
_NON_STATE_ARMED = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})
# roots of violence: the acts a noun of violence names again ("the killing", "the attack")
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def judged_thing_pronoun(finder: "ArgumentFinder", trigger: Token, sources: list[Arg]) -> Token | None:
    """The object pronoun of a verb ("hailed it as a decisive victory", "called it a victory for the rule
    of law") that the actor stage sent back to the source's own side ('it' -> the speaker's own country or
    body): the speaker does not judge itself; the pronoun names the thing or act told before."""
    for obj in syntax.children(trigger, "dobj"):
        if obj.lower_ not in _THING_PRONOUNS:
            continue
        mention = finder.actor_at(obj.i)
        if mention is None:
            return obj
        ref = mention.ref
        if ref.code and any(s.ref.code and (s.ref.code == ref.code or _one_side(s.ref.code, ref.code))
                            for s in sources):
            return obj
    return None


def _one_side(a: str, b: str) -> bool:
    """A country and its own state ("South Africa" and its foreign minister) are one side (as
    ``fired.self_dyad``; a country and its civilians or opposition are two)."""
    if a[:3] != b[:3]:
        return False
    return (len(a) == 3 and b[3:6] in ("GOV", "MIL")) or (len(b) == 3 and a[3:6] in ("GOV", "MIL"))


def _pointing_noun(finder: "ArgumentFinder", trigger: Token) -> Token | None:
    """A bare definite object noun that points back to an act told before ("the decision", "Friday's test")."""
    objs = [o for o in syntax.children(trigger, "dobj", "nsubjpass") if o.pos_ == "NOUN"]
    return next((o for o in objs if any((c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS) or _dated(c)
                                        for c in o.children)
                 and not any((c.dep_ == "poss" and not _dated(c)) or c.dep_ in ("compound", "relcl", "acl")
                             or (c.dep_ == "prep" and c.lower_ != "as") for c in o.children)
                 and finder.actor_at(o.i) is None), None)


def antecedent_targets(finder: "ArgumentFinder", trigger: Token, sources: list[Arg], *, noun: bool,
                       reaction: bool = False, force_nouns: frozenset[str] = frozenset()) -> list[Arg]:
    """A reaction to an event told before: "The court issued warrants for X. Israel called the
    decision antisemitic" -> the court. The object is a bare definite noun ("the decision",
    "the incursion", "these measures") or a thing pronoun the source does not stand for ("The court
    ruled ... The governor called it a victory": ``judged_thing_pronoun``); its antecedent is the earlier
    act whose trigger is the same word, else the latest earlier act, by a source other than the reacting one.
    ``reaction``: no object needed, and the antecedent is the latest earlier hostile act (CAMEO
    10-20) by another source: "Trump imposed tariffs ... Beijing vowed to take countermeasures".
    An earlier act of the reacting source's own country is answered only when a non-state armed
    group or criminal did it ("Rebels ambushed a patrol. The government condemned the ambush").
    A noun of violence (``force_nouns``: "the killing", "the attack") names the latest act of violence
    (CAMEO 18-20), not a later vow or protest ("... killing him. Mourners vowed revenge. The UN
    condemned the killing")."""
    if noun or not finder.prior_acts:
        return []
    obj = None
    if not reaction:
        obj = _pointing_noun(finder, trigger) or judged_thing_pronoun(finder, trigger, sources)
        if obj is None:
            return []
    own = {s.ref.code[:3] for s in sources if s.ref.code}
    selves = {s.ref.code for s in sources if s.ref.code}
    sentence = trigger.sent.start
    here = sum(1 for _ in trigger.doc[:sentence].sents) if sentence else 0
    window = REACTION_WINDOW if reaction else ANTECEDENT_WINDOW
    candidates = [(i, text, ref, code) for i, text, code, refs in reversed(finder.prior_acts) for ref in refs[:1]
                  if 0 < here - i <= window and ref.code and ref.code not in selves
                  and (ref.code[:3] not in own or ref.code[3:6] in _NON_STATE_ARMED)
                  and (not reaction or "10" <= code[:2] <= "20")]
    # (an act of another country's actor first: a group of the source's own is answered when no
    # foreign actor acted in the window)
    candidates.sort(key=lambda c: c[2].code[:3] in own)
    same = []
    if obj is not None and obj.pos_ == "NOUN":
        word, low = obj.lemma_.lower(), obj.lower_
        same = [c for c in candidates if word in c[1].lower() or low in c[1].lower()] or (
            [c for c in candidates if c[3][:2] in _FORCE_ROOTS] if word in force_nouns else [])
    chosen = (same or candidates)[:1]
    what = f"'{obj.text}' points back to" if obj is not None else "the reaction answers"
    at = obj if obj is not None else trigger
    return [Arg(replace(ref, sectors=list(ref.sectors)), at, f"agent of '{text}' (sentence {i}), which {what}")
            for i, text, ref, _ in chosen]


def _dated(tok: Token) -> bool:
    """A possessive date points back like a determiner: "condemned Friday's test", "Sunday's vote"."""
    return tok.dep_ == "poss" and tok.ent_type_ in ("DATE", "TIME")
