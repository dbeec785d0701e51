"""Towns named with the province, state or country they are in: "London, Ontario" is Canada's London, not the UK
capital; "Valencia, Venezuela" is no Spanish city. The qualifier after the comma is part of the town's name, no
actor of its own ("Police in Paris, Texas arrested ...": the parser often takes the state for the subject).

``towns_of_other_countries`` runs at the end of ``name_matches.find_names``, after ``us_states.american_states``
(which reads US states by their names, also those the dictionary gives a country: "Athens, Georgia").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..dictionaries.actor_dictionary import ActorEntry
from .resolver import ActorResolver

if TYPE_CHECKING:
    from .name_matches import DocNames

# what may follow a qualified town ("London, Ontario, police ...", "in London, Ontario.")
PHRASE_ENDS = frozenset({",", ".", ")", "(", ";", ":", "-", "--", "\u2013", "\u2014"})
TOWN_KINDS = frozenset({"place", "capital"})
# a province or state after a town ("Ontario"); a country ("Venezuela") only where its phrase ends ("In Moscow,
# Ukraine's envoy ...", "In Kyiv, Russia launched ..." name a country as an actor)
QUALIFIER_KINDS = frozenset({"place", "country"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def towns_of_other_countries(names: DocNames, toks: Sequence[Token], resolver: ActorResolver,
                             when: date | None) -> None:
    """A capital or town followed by ", <province, state or country>" of another country is a town of that country
    ("London, Ontario,": CAN; every mention of that town in the text), and the qualifier is no actor. The pair must
    be no items of a list ("talks in Kabul, Helmand and Kandahar"); the qualifier must end its phrase, or be a
    province or state after a town in a noun's phrase with a verb right after it ("Police in Paris, Texas
    arrested")."""
    qualifiers: list[int] = []
    for idx, (start, end, _m) in enumerate(names.matches):
        qualifier = names.resolved.get(idx)
        if qualifier is None or qualifier.kind not in QUALIFIER_KINDS or qualifier.sectors or \
                not qualifier.country or start < 2 or toks[start - 1].text != ",":
            continue
        town_idx = names.at_token.get(start - 2)
        town = names.resolved.get(town_idx) if town_idx is not None else None
        if town is None or town_idx is None or town.kind not in TOWN_KINDS or set(town.sectors) - {"GOV"} or \
                names.matches[town_idx][1] != start - 1 or town.country == qualifier.country:
            continue
        if _in_a_list(names, toks, names.matches[town_idx][0], end) or \
                not _ends_pair(toks, names.matches[town_idx][0], end, qualifier.kind):
            continue
        _rename_town(names, toks, resolver, when, town_idx, qualifier.country)
        qualifiers.append(idx)
    for idx in qualifiers:   # part of the town's name: no actor of its own
        names.resolved.pop(idx, None)


def _ends_pair(toks: Sequence[Token], town_start: int, end: int, kind: str) -> bool:
    """The qualifier ending at ``end`` ends its phrase, or (a province or state) follows a town in a noun's
    prepositional phrase and a finite verb comes next ("Police in Paris, Texas arrested ...")."""
    if end >= len(toks) or toks[end].text in PHRASE_ENDS:
        return True
    town = toks[town_start]
    while town.dep_ == "compound" and town.head.i > town.i:
        town = town.head
    return kind == "place" and toks[end].tag_ in FINITE_TAGS and town.dep_ == "pobj" and \
        town.head.head.pos_ in ("NOUN", "PROPN") and town.head.head.i < town.head.i


def _rename_town(names: DocNames, toks: Sequence[Token], resolver: ActorResolver, when: date | None,
                 town_idx: int, country: str) -> None:
    """Every match of the town named at ``town_idx`` that the dictionary gave the namesake's country is the town of
    ``country``."""
    town = names.resolved[town_idx]
    start, _end, match = names.matches[town_idx]
    qualifier = toks[names.matches[town_idx][1] + 1].text
    entry = ActorEntry("place", toks[start].text, country, origin=town.why)
    for same, (_s, _e, other) in enumerate(names.matches):
        named = names.resolved.get(same)
        if other.key == match.key and named is not None and named.country == town.country:
            names.resolved[same] = replace(resolver.resolve_entry(entry, when),
                                           why=f"{named.why}; the town named with '{qualifier}', so {country}")


def _in_a_list(names: DocNames, toks: Sequence[Token], start: int, end: int) -> bool:
    """Words ``start:end`` ("Kabul, Helmand") are items of a list: a comma before them, "and"/"or" after them, or a
    comma and another name ("Mumbai, Karachi, Lahore and Dhaka")."""
    n = len(toks)
    after = toks[end + 1].lower_ if end + 1 < n and toks[end].text == "," else toks[end].lower_ if end < n else ""
    another = end + 1 < n and toks[end].text == "," and end + 1 in names.at_token
    return (start > 0 and toks[start - 1].text == ",") or after in ("and", "or") or another


__all__ = ["towns_of_other_countries"]
