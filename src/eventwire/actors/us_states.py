"""US states named in a text: a town before one ("Athens, Georgia") is American, and a state whose name is a
country's too ("Georgia") is the state, not the country, in an American story ("Georgia's governor signed the
bill", "... lawmakers in Atlanta"), never where the text gives it a national office ("Georgia's prime minister").

``american_states`` runs at the end of ``name_matches.find_names``, on its name matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..dictionaries.actor_dictionary import ActorEntry
from .resolver import ActorResolver
from .vocabulary import shipped_vocabulary

if TYPE_CHECKING:
    from .name_matches import DocNames

_WORDS = shipped_vocabulary()
# the names of the US states (a town before one is American: "Athens, Georgia"), and what may follow such a pair
US_STATE_NAMES = _WORDS.words("us_state_names")
PHRASE_ENDS = frozenset({",", ".", ")", "(", ";", ":", "-", "--", "\u2013", "\u2014"})
# country names that are US states' names too ("Georgia"), and the words after one that name a state's office
# or politics, none the country's ("Georgia's governor", "Georgia Republicans", "the Georgia Senate")
STATE_NAMED_COUNTRIES = _WORDS.words("state_named_countries")
STATE_OFFICE_WORDS = _WORDS.words("us_state_office_words")
# the words after one that name the country's national office ("Georgia's prime minister"), and such states' own
# towns ("Atlanta"): another US place is no sign of the state ("Georgia's leader spoke in New York")
COUNTRY_OFFICE_WORDS = _WORDS.words("country_office_words")
STATE_TOWNS = _WORDS.words("us_state_towns")
# the short names of US federal agencies, and the words after one that make it the agency acting: "ICE agents
# raided a plant in Georgia" (a bare "ICE" may be a German train or the Intercontinental Exchange)
US_AGENCY_NAMES = _WORDS.words("us_agency_names")
US_AGENCY_ACTOR_WORDS = _WORDS.words("us_agency_actor_words")
# a town after these is where something happens ("rallied in Savannah"), not a person's first name
TOWN_PREPS = frozenset({"in", "to", "at", "from", "near", "outside", "around"})


def american_states(names: DocNames, toks: Sequence[Token], resolver: ActorResolver, when: date | None) -> None:
    """The US states of a text: towns of a state (``_towns_of_us_states``) and a state named like a country in an
    American story (``_states_named_like_countries``)."""
    _towns_of_us_states(names, toks, resolver, when)
    _states_named_like_countries(names, toks, resolver, when)


def _states_named_like_countries(names: DocNames, toks: Sequence[Token], resolver: ActorResolver,
                                 when: date | None) -> None:
    """A country whose name is a US state's ("Georgia") is the state in the whole text when one mention is
    followed by a word of a state's office or politics ("Georgia's governor", "Georgia Gov. Brian Kemp", "Georgia
    lawmakers"), or when the text names a town of that state ("Atlanta", ``STATE_TOWNS``) or a US federal agency
    acting by its people or a raid ("ICE agents": ``_us_agency_acts``) and nothing else of that country (no "Tbilisi", no
    "Georgian"). Another US place is no sign ("Georgia's prime minister met investors in
    Chicago"), and a mention followed by a national office ("Georgia's prime minister", "Georgia's foreign
    ministry") keeps the country in the whole text."""
    named: dict[str, list[int]] = {}
    for idx, (start, end, _m) in enumerate(names.matches):
        res = names.resolved.get(idx)
        text = " ".join(t.lower_ for t in toks[start:end])
        if res is not None and res.kind == "country" and res.country != "USA" and text in STATE_NAMED_COUNTRIES:
            named.setdefault(res.country or "", []).append(idx)
    for country, indices in named.items():
        ends = [names.matches[idx][1] for idx in indices]
        if any(_office_after(toks, end, COUNTRY_OFFICE_WORDS) for end in ends):
            continue
        if not any(_office_after(toks, end, STATE_OFFICE_WORDS) for end in ends) and not (
                (_town_of_state_named(names, toks) or _us_agency_acts(toks))
                and not _country_named_otherwise(names, country, indices)):
            continue
        for idx in indices:
            state = names.resolved[idx]
            start = names.matches[idx][0]
            entry = ActorEntry("place", toks[start].text, "USA", origin=state.why)
            names.resolved[idx] = replace(resolver.resolve_entry(entry, when),
                                          why=f"{state.why}; here the US state (an American story), so USA")


def _us_agency_acts(toks: Sequence[Token]) -> bool:
    """A US federal agency acts in the text by its people or a raid ("ICE agents", "FBI officials", "a DEA raid"):
    the name followed by one of ``US_AGENCY_ACTOR_WORDS``, not a bare "ICE" (a train, an exchange)."""
    return any(name.text in US_AGENCY_NAMES and after.lower_ in US_AGENCY_ACTOR_WORDS
               for name, after in zip(toks, toks[1:]))


def _office_after(toks: Sequence[Token], end: int, office_words: frozenset[str]) -> bool:
    """Words ``end:`` (after a possessive 's) start with one of ``office_words``: "'s governor", " Gov."."""
    if end < len(toks) and toks[end].lower_ in ("'s", "\u2019s"):
        end += 1
    return end < len(toks) and toks[end].lower_.rstrip(".") in office_words


def _town_of_state_named(names: DocNames, toks: Sequence[Token]) -> bool:
    """The text names a town of a US state named like a country (``STATE_TOWNS``): a US place of the dictionary
    ("Atlanta"), or a proper noun after a preposition of place ("rallied in Savannah")."""
    for idx, (start, end, _m) in enumerate(names.matches):
        res = names.resolved.get(idx)
        if res is not None and res.country == "USA" and " ".join(t.lower_ for t in toks[start:end]) in STATE_TOWNS:
            return True
    return any(t.lower_ in STATE_TOWNS and t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in TOWN_PREPS
               for t in toks)


def _country_named_otherwise(names: DocNames, country: str, indices: list[int]) -> bool:
    """Another name of the text is of ``country`` (its capital, its adjective, one of its people)."""
    return any(res.country == country for idx, res in names.resolved.items() if idx not in indices)


def _towns_of_us_states(names: DocNames, toks: Sequence[Token], resolver: ActorResolver, when: date | None) -> None:
    """A town followed by the US state it is in ("Athens, Georgia,", "Paris, Texas.", "ATHENS, Georgia (AP)") is an
    American town, not the namesake capital, and the state is no country ("Georgia"); so is "the state of Georgia".
    The state must end its phrase and the pair be no items of a list ("in Ankara, Georgia, and Baku"), and the town
    must not be of the country the state's name names ("TBILISI, Georgia": Georgia's). Washington and New York are
    left out: a capital or a city more often than a state after a town's name."""
    n = len(toks)
    for idx, (start, end, _m) in enumerate(names.matches):
        if " ".join(t.lower_ for t in toks[start:end]) not in US_STATE_NAMES:
            continue
        state = names.resolved.get(idx)
        town_idx = names.at_token.get(start - 2) if start > 1 and toks[start - 1].text == "," else None
        town = names.resolved.get(town_idx) if town_idx is not None else None
        state_of = start > 1 and toks[start - 1].lower_ == "of" and toks[start - 2].lower_ == "state"
        ends_phrase = end >= n or toks[end].text in PHRASE_ENDS
        in_list = town_idx is not None and _in_a_list(toks, names.matches[town_idx][0], end)
        us_town = town is not None and ends_phrase and not in_list and town.kind in ("place", "capital") and (
            state is None or town.country != state.country)
        if not (us_town or state_of):
            continue
        if us_town and town is not None and town_idx is not None and town.country != "USA":
            _rename_town_as_american(names, toks, resolver, when, town_idx)
        if state is not None and state.country != "USA":
            entry = ActorEntry("place", toks[start].text, "USA", origin=state.why)
            names.resolved[idx] = replace(resolver.resolve_entry(entry, when),
                                          why=f"{state.why}; here the US state, so USA")


def _rename_town_as_american(names: DocNames, toks: Sequence[Token], resolver: ActorResolver, when: date | None,
                             town_idx: int) -> None:
    """Every match of the town named at ``town_idx`` that the dictionary gave its namesake's country is the American
    town ("ATHENS, Georgia (AP) - Athens police ...")."""
    town = names.resolved[town_idx]
    start, _end, match = names.matches[town_idx]
    entry = ActorEntry("place", toks[start].text, "USA", origin=town.why)
    for same, (_s, _e, other) in enumerate(names.matches):
        named = names.resolved.get(same)
        if other.key == match.key and named is not None and named.country == town.country:
            names.resolved[same] = replace(resolver.resolve_entry(entry, when),
                                           why=f"{named.why}; a town of the US state named after '{toks[start].text}', "
                                               "so USA")


def _in_a_list(toks: Sequence[Token], start: int, end: int) -> bool:
    """Words ``start:end`` ("Ankara, Georgia") are items of a list: a comma before them, or "and"/"or" after them
    ("talks in Ankara, Georgia, and Baku")."""
    n = len(toks)
    after = toks[end + 1].lower_ if end + 1 < n and toks[end].text == "," else toks[end].lower_ if end < n else ""
    return (start > 0 and toks[start - 1].text == ",") or after in ("and", "or")
