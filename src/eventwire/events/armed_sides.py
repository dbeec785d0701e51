"""Killing between armed sides is fighting: "the army said it had killed 40 rebels", "police said they shot
dead three militants". The verb lexicon's ``kill_combatants`` (190) reads the killer and the killed from
their words; a pronoun subject ("it", "they") or a unit its list lacks names no word of an armed body, so
the killing codes 1823. Once the actors are resolved, their sectors tell what the words could not: a state's
forces or an armed group killing an armed side fight it (190)."""

from __future__ import annotations

from typing import Any

__all__ = ["FIGHT_CODE", "fight_code"]

# the codes of killing that, between armed sides, are fighting, and the code of fighting
_KILLING_CODES = frozenset({"1823"})
FIGHT_CODE = "190"
# sectors of armed sides: a state's forces, armed groups
_ARMED = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF"})


# the killed are fighters counted as a body ("40 rebels", "them"), not one person
_PLURAL_TAGS = frozenset({"NNS", "NNPS", "PRP"})


def _sector(code: str | None) -> str:
    return code[3:6] if code and len(code) >= 6 else ""


def fight_code(f: Any) -> str | None:
    """190 for a killing (``_KILLING_CODES``) whose every pair is an armed side killing fighters of
    another armed side (a plural: "40 rebels", "them"; not a named leader), else None."""
    if f.code not in _KILLING_CODES or not f.pairs:
        return None
    for s, t in f.pairs:
        if t is None or _sector(s.ref.code) not in _ARMED or _sector(t.ref.code) not in _ARMED:
            return None
        if t.person is not None or t.token.tag_ not in _PLURAL_TAGS:
            return None     # "killed Velupillai Prabhakaran", "killed their leader": a killing of someone
    return FIGHT_CODE
