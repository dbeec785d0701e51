"""Killing between armed sides is fighting: "the army said it had killed 40 rebels", "police said they shot
dead three militants". The verb lexicon's ``kill_combatants`` (190) reads the killer and the killed from
their words; a pronoun subject ("it", "they") or a unit its list lacks names no word of an armed body, so
the killing codes 1823. Once the actors are resolved, their sectors tell what the words could not: a state's
forces or an armed group killing an armed side fight it (190). The codes of such killing and the sectors of
armed sides are data (``armed_sides`` in data/cameo/targets.yaml, read by ``TargetPolicy``). A killing of a
named leader or official ("killed Velupillai Prabhakaran", "the ambassador was shot dead") is an assassination
(186: ``assassination`` in the same file)."""

from __future__ import annotations

from typing import Any

from .target_policy import TargetPolicy

__all__ = ["FIGHT_CODE", "assassination_code", "fight_code"]

# the code of fighting
FIGHT_CODE = "190"


# the killed are fighters counted as a body ("40 rebels", "them"), not one person
_PLURAL_TAGS = frozenset({"NNS", "NNPS", "PRP"})


def fight_code(f: Any, policy: TargetPolicy) -> str | None:
    """190 for a killing (the policy's ``killing_codes``) whose every pair is an armed side killing
    fighters of another armed side (sectors in ``armed_sectors``; a plural: "40 rebels", "them"; not a
    named leader), else None."""
    if f.code not in policy.killing_codes or not f.pairs:
        return None
    armed = policy.armed_sectors
    for s, t in f.pairs:
        if t is None or armed.isdisjoint(s.ref.sectors or ()) or armed.isdisjoint(t.ref.sectors or ()):
            return None
        if t.person is not None or t.token.tag_ not in _PLURAL_TAGS:
            return None     # "killed Velupillai Prabhakaran", "killed their leader": a killing of someone
    return FIGHT_CODE


def assassination_code(f: Any, policy: TargetPolicy) -> str | None:
    """The policy's ``assassination_code`` (186) for a killing whose every target is a person the text
    names ("killed Velupillai Prabhakaran", "Andrei Karlov ... was shot dead") whose actor is a leader or
    an official (``assassination_sectors``) or a former one (the bare country), else None."""
    if not policy.assassination_code or f.code not in policy.assassination_killing_codes or not f.pairs:
        return None
    for _, t in f.pairs:
        if t is None or t.person is None:
            return None
        sectors = set(t.ref.sectors or ())
        if sectors and sectors.isdisjoint(policy.assassination_sectors):
            return None
    return policy.assassination_code
