"""A town or city acting as the subject of a governmental act is its government: "The city lifted the curfew",
"the town banned the march", "the municipality imposed a fine".

CAMEO codes a country named as the doer of a state's act as the state; a sub-national place that acts the same way
(it bans, orders, sues, imposes, lifts ...) is its council, coded as the country's government (GOV), as the gold
conventions of the real-news sets code US states' governments USAGOV. Only a bare definite phrase ("the city", not
"the whole city", "a city"), subject of an active verb of ``governing_acts`` (words.yaml); in every other use the
place's people stay civilians ("the city mourned", "the town was flooded").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .resolver import Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

GOVERNING_PLACES = _WORDS.words("governing_places")
GOVERNING_ACTS = _WORDS.words("governing_acts")


def governing_place(token: Token, res: Resolution) -> Resolution:
    """``res`` (a place's civilians, "the city" -> NGACVL) as the place's government where ``token`` heads a bare
    definite subject of a governmental act; else ``res`` unchanged."""
    if token.lemma_.lower() not in GOVERNING_PLACES or res.country is None or res.sectors != ("CVL",):
        return res
    if token.dep_ != "nsubj" or token.head.pos_ != "VERB" or token.head.lemma_.lower() not in GOVERNING_ACTS:
        return res
    if [c.lower_ for c in token.lefts] != ["the"] or token.tag_ != "NN":
        return res
    return replace(res, code=res.country + "GOV", sectors=("GOV",), human=False,
                   why=f"{res.why}; the {token.lower_} {token.head.lower_}: a governmental act, its government (GOV)")
