"""Names the text itself moves to another country than the dictionary's: a town followed by the country it is in
("Tripoli, Lebanon,") and an armed group active in two countries under one name where the scene is in the other
("the Taliban ... in Swat").

Both run once per document in ``mention_context.FinderBase``, on its name matches, before the sentences' countries
are weighed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from .name_matches import DocNames, country_evidence
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()
# country names that are also the names of US states ("Athens, Georgia"): no evidence of a namesake's country
STATE_NAMED_COUNTRIES = _WORDS.words("state_named_countries")
# armed groups active in two countries under one name: code -> the other countries it is of where the scene is
SHARED_GROUPS: dict[str, frozenset[str]] = {}
for _pair in _WORDS.words("shared_armed_groups"):
    _code, _other = _pair.split()
    SHARED_GROUPS[_code] = SHARED_GROUPS.get(_code, frozenset()) | {_other}


def rehome_places_of_a_named_country(names: DocNames, tokens: Sequence[Token]) -> None:
    """A place name shared by towns of several countries, followed by the country it is in ("Tripoli, Lebanon,",
    "Cordoba, Argentina."), is of that country, not the dictionary's namesake."""
    n = len(tokens)
    for idx, (start, end, _m) in enumerate(names.matches):
        res = names.resolved.get(idx)
        if res is None or res.kind not in ("place", "capital") or not res.country or end + 1 >= n or \
                tokens[end].text != "," or end + 1 not in names.at_token:
            continue
        nxt = names.at_token[end + 1]
        c_start, c_end, _cm = names.matches[nxt]
        country = names.resolved.get(nxt)
        if c_start != end + 1 or country is None or country.kind != "country" or not country.country or \
                country.country == res.country or country.sectors or \
                tokens[c_start].doc[c_start:c_end].text.lower() in STATE_NAMED_COUNTRIES:
            continue   # "Atlanta, Georgia", "Athens, Georgia": a US state's name
        if c_end < n and tokens[c_end].text not in (",", ".", ")", ";", ":", "-", "--"):
            continue   # "in Baghdad, Iran said": the country starts a clause of its own
        names.resolved[idx] = replace(
            res, code=country.country + "".join(res.sectors), country=country.country,
            why=f"{res.why}, in {country.name or country.country} as the text says")


def rehome_shared_groups(names: DocNames, sentence_of: Sequence[int], no_evidence: set[int],
                         doc_context: str | None) -> None:
    """An armed group active in two countries under one name ("the Taliban": Afghan, and the Pakistani Taliban
    the dictionary lists apart) is of the other country where the scene is there: the one country the other names
    of its sentence give ("attacked a checkpoint in Swat"), else, in a sentence naming none, the article's main
    country (``doc_context``). Its own name is no evidence of the scene, nor are the names ``no_evidence`` indexes
    (ethnicities, links abroad). ``sentence_of`` maps a token to the index of its sentence."""
    shared = [idx for idx, res in names.resolved.items() if res.code in SHARED_GROUPS]
    if not shared:
        return
    per_sentence: dict[int, set[str]] = {}
    for idx, (start, _end, _m) in enumerate(names.matches):
        res = names.resolved.get(idx)
        if res is None or res.code in SHARED_GROUPS or idx in no_evidence:
            continue
        country = country_evidence(res)
        if country:
            per_sentence.setdefault(sentence_of[start], set()).add(country)
    for idx in shared:
        res = names.resolved[idx]
        named = per_sentence.get(sentence_of[names.matches[idx][0]], set())
        where = next(iter(named)) if len(named) == 1 else (doc_context if not named else None)
        if where and where != res.country and where in SHARED_GROUPS[res.code or ""]:
            names.resolved[idx] = replace(
                res, code=where + "".join(res.sectors), country=where,
                why=f"{res.why}, of {where}: the group is active there too and the scene is there")
