"""A town or city acting as the subject of a governmental act is its government: "The city lifted the curfew",
"the town banned the march", "the municipality imposed a fine".

CAMEO codes a country named as the doer of a state's act as the state; a sub-national place that acts the same way
(it bans, orders, sues, imposes, lifts ...) is its council, coded as the country's government (GOV), as the gold
conventions of the real-news sets code US states' governments USAGOV. Only a bare definite phrase ("the city", not
"the whole city", "a city"), subject of an active verb of ``governing_acts`` (words.yaml); in every other use the
place's people stay civilians ("the city mourned", "the town was flooded"). So is such a phrase that is the object of
an act aimed at a government (``acts_on_governments``: "the union sued the city", "the court fined the town") or of
"against" after a legal action ("filed a lawsuit against the city"), not of an attack ("shelled the city").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .resolver import Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

GOVERNING_PLACES = _WORDS.words("governing_places")
GOVERNING_ACTS = _WORDS.words("governing_acts")
ACTS_ON_GOVERNMENTS = _WORDS.words("acts_on_governments")
LEGAL_ACTIONS = _WORDS.words("legal_actions")
LEGAL_ACTION_MODIFIERS = _WORDS.words("legal_action_modifiers")


def governing_place(token: Token, res: Resolution) -> Resolution:
    """``res`` (a place's civilians, "the city" -> NGACVL) as the place's government where ``token`` heads a bare
    definite subject of a governmental act; else ``res`` unchanged."""
    if token.lemma_.lower() not in GOVERNING_PLACES or res.country is None or res.sectors != ("CVL",):
        return res
    if [c.lower_ for c in token.lefts] != ["the"] or token.tag_ != "NN":
        return res
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in GOVERNING_ACTS:
        why = f"the {token.lower_} {head.lower_}: a governmental act"
    elif token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ACTS_ON_GOVERNMENTS:
        why = f"{head.lower_} the {token.lower_}: an act aimed at its government"
    elif token.dep_ == "pobj" and head.lower_ == "against" and _legal_action(head.head):
        why = f"{head.head.lower_} against the {token.lower_}: a legal action aimed at its government"
    else:
        return res
    return replace(res, code=res.country + "GOV", sectors=("GOV",), human=False, why=f"{res.why}; {why} (GOV)")


def _legal_action(word: Token) -> bool:
    """``word`` names a legal action or an act aimed at a government: "a lawsuit", "sued", "legal action" (a bare
    "action" is none: "military action against the town")."""
    lemma = word.lemma_.lower()
    if lemma == "action":
        return any(c.lower_ in LEGAL_ACTION_MODIFIERS for c in word.lefts)
    return lemma in LEGAL_ACTIONS or lemma in ACTS_ON_GOVERNMENTS
