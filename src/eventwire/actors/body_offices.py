"""Offices of bodies: whose code a role phrase takes when a body is named in it, before it or after "of"/"at".

"Kremlin spokesman", "Hamas fighters", "UN envoy" are the body's (``stands_for``; the fighters of a movement that holds
the state at the date are its armed force, ``ruling_movement``); "the head of a Washington think
tank", "the Senate president" hold an office of the body, not the country's (``heads``); "the former
DNC chairman" is an elite of the body's country (``former_elite``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..dictionaries.actor_dictionary import Agent
from .resolution import Phrase, Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# a former office holder is an elite (ELI) unless the dictionary says otherwise
FORMER_WORDS = _WORDS.words("former_words")
# the sectors of political parties: their "workers" are members
PARTY_SECTORS = frozenset({"PTY", "OPP"})


def institution(res: Resolution) -> bool:
    """A legislature or court named by a metonym ("the Senate", "the Supreme Court"): its offices are its own."""
    return res.code is not None and bool(res.sectors) and set(res.sectors) <= {"LEG", "JUD"}


def ruling_movement(res: Resolution, when: date | None) -> bool:
    """An armed movement that holds the state at the mention's date (a dated GOV role over a rebel code: the
    Taliban from 2021-08-15): its "fighters", "militants" and "gunmen" are then the state's armed force (MIL);
    before, and on the day it takes power (the fighters who take the capital), they are rebels (the entry's REB
    code)."""
    if res.kind != "organisation" or res.entry is None or res.country is None or "GOV" not in res.sectors or \
            not res.entry.code.endswith("REB"):
        return False
    _code, role = res.entry.at(when)
    return role is None or role.start is None or when is None or role.start < when


def former_elite(res: Resolution, phrase: Phrase) -> Resolution:
    """ "the former DNC chairman", "a former Kremlin spokesman": a former office holder of a body is an elite
    (ELI) of its country."""
    if not phrase.agent.person or phrase.plural or not res.country or not FORMER_WORDS & set(phrase.modifiers):
        return res
    return replace(res, code=res.country + "ELI", sectors=("ELI",), why=f"{res.why}; former, an elite (ELI)")


def heads(owner: Resolution, agent: Agent) -> Resolution | None:
    """An office of a body that is no government takes the body's code: "president of the Center for American
    Progress" (NGO), "the company's president" (BUS), not the country's president."""
    if (agent.person and agent.sector == "GOV" and owner.kind in ("organisation", "agent") and not owner.human
            and owner.code is not None and owner.sectors and not {"GOV", "MIL", "COP", "SPY"} & set(owner.sectors)):
        return owner
    if agent.person and agent.sector == "GOV" and owner.kind == "metonym" and institution(owner):
        return owner    # "President of the Senate": a legislature's office, not the head of state
    return None


def stands_for(res: Resolution, agent: Agent, role_from_modifier: bool, when: date | None = None) -> Resolution | None:
    """Modifiers whose own code the phrase takes: "Kremlin spokesman", "Hamas fighters", "UN envoy" (at ``when``:
    the fighters of a movement that holds the state then are its armed force)."""
    if res.code is None or role_from_modifier:
        return None
    if res.kind in ("organisation", "metonym", "capital"):
        if res.country is None and agent.sector == "MIL" and not agent.generic and res.code.startswith("IGO") \
                and not res.sectors:   # "UN peacekeepers", "NATO troops": the body's armed forces (IGOUNOMIL)
            return replace(res, code=res.code + "MIL", sectors=("MIL",))
        if agent.generic or res.country is None:
            return res
        if res.kind == "metonym" and agent.person and agent.sector == "GOV" and institution(res):
            return res      # "the Senate president", "Supreme Court chief justice": an office of that body
        if "REB" in res.sectors and agent.sector in ("REB", "MIL"):
            return res
        if agent.sector == "REB" and ruling_movement(res, when):
            return replace(res, code=res.country + "MIL", sectors=("MIL",),
                           why=f"{res.why}; its fighters are the state's armed force then (MIL)")
        if res.kind == "organisation" and agent.sector in ("REB", "MIL") and "MIL" in res.sectors:
            return res      # "Wagner fighters": a state's armed force (RUSMIL), not rebels
    if res.kind in ("person", "agent") and agent.generic and res.sectors:
        return res          # "Putin's envoy", "the union's members"
    if res.kind in ("organisation", "metonym") and agent.person and agent.sector == "EDU" and res.sectors:
        return res          # "NASA scientists", "Goldman Sachs economists", "AP experts": the body's people
    if res.kind == "organisation" and agent.person and agent.sector == "LAB" and PARTY_SECTORS & set(res.sectors):
        return res          # "Pakistan Tehreek-e-Insaf workers", "ANC workers": the party's members, not labour
    return None


__all__ = ["FORMER_WORDS", "former_elite", "heads", "institution", "ruling_movement", "stands_for"]
