"""Protests, strikes, blockades and riots naming no addressee are aimed at the government of the
protesters' own country (``rally`` in data/cameo/targets.yaml, ``TargetFallbacks.rally``).

The sentences are written for these tests (actors, places and circumstances of their own). An
addressee phrase wins; state bodies, a company's staff, protesters of no known country, a state
acting as a state and gatherings of a friendly purpose get no government target. Protesters held
in another state's jails protest against that state (``jails`` in data/cameo/targets.yaml).
"""

from __future__ import annotations

import pytest

from .coded_rows import event_rows

PUB = "2023-07-08"


def _dyads(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c, s, t) for c, s, t, modality, _ in event_rows(pipeline, text, PUB) if modality != "negated"]


_OWN_GOVERNMENT = [
    # demonstrations (141) by crowds and by students
    ("Tens of thousands of Moroccans marched through Rabat on Sunday.", "141", "MARCVL", "MARGOV"),
    ("Hundreds of Peruvian students rallied in Cusco.", "141", "PEREDU", "PERGOV"),
    ("Students at Makerere University in Uganda marched in Kampala on Monday.", "141", "UGAEDU", "UGAGOV"),
    # a hunger strike (142)
    ("Bolivian coca growers staged a hunger strike in La Paz.", "142", "BOLAGR", "BOLGOV"),
    # strikes (143), told by a verb, a progressive and a noun
    ("Ghanaian nurses went on strike on Tuesday.", "143", "GHAHLH", "GHAGOV"),
    ("Zambian mine workers have been striking since March.", "143", "ZMBLAB", "ZMBGOV"),
    # blockades (144)
    ("Colombian truck drivers blocked highways across the country.", "144", "COLLAB", "COLGOV"),
    ("Farmers in Romania blockaded the main roads on Friday.", "144", "ROUAGR", "ROUGOV"),
    # riots (145)
    ("Rioters in Lagos looted shops overnight.", "145", "NGACVL", "NGAGOV"),
    ("Angry Chileans rioted in Valparaiso after the verdict.", "145", "CHLCVL", "CHLGOV"),
]


@pytest.mark.parametrize("text,code,source,target", _OWN_GOVERNMENT)
def test_dissent_with_no_addressee_is_aimed_at_the_own_government(pipeline, text, code, source, target):
    got = _dyads(pipeline, text)
    assert any(c.startswith(code) and s == source and t == target for c, s, t in got), f"{text!r}: {got}"


@pytest.mark.parametrize("text,target", [
    ("Hundreds of Jordanians protested outside the Israeli embassy in Amman.", "ISRGOV"),
    ("Turkish activists protested against the Chinese embassy in Ankara.", "CHNGOV"),
    ("Thousands of Hungarians protested against Prime Minister Viktor Orban.", "HUNGOV"),
    # a Commonwealth country's mission is a high commission, not an embassy
    ("Bangladeshi students protested outside the Indian High Commission in Dhaka on Friday.", "INDGOV"),
    ("Kenyan activists rallied outside the British High Commission in Nairobi.", "GBRGOV"),
    ("Demonstrators gathered outside the Canadian High Commission in London to protest.", "CANGOV"),
])
def test_an_addressee_phrase_wins(pipeline, text, target):
    got = _dyads(pipeline, text)
    protests = [t for c, _, t in got if c.startswith("14")]
    assert protests and all(t == target for t in protests), f"{text!r}: {got}"


@pytest.mark.parametrize("text", [
    "Haitian police officers rioted in Port-au-Prince.",            # a state body: not aimed at itself
    "Workers at Volkswagen in Germany went on strike.",             # a company's staff: at the employer
    "Employees at Boeing went on strike in Seattle.",
    "Protesters marched through the city on Sunday.",               # protesters of no known country
    "Thousands of Filipinos rallied in Manila to celebrate the anniversary.",   # a friendly gathering
    "Russia boycotted the summit.",                                 # a state boycotting acts as a state
])
def test_no_government_target(pipeline, text):
    got = _dyads(pipeline, text)
    assert not any(c.startswith("14") and t and t.endswith("GOV") for c, _, t in got), f"{text!r}: {got}"


@pytest.mark.parametrize("text,code,source,target", [
    ("Dozens of Iranian detainees in Iraqi prisons began a hunger strike on Sunday.", "142", "IRNCVL", "IRQGOV"),
    ("Palestinian inmates held in Israeli jails launched a hunger strike to protest their conditions.", "142",
     "PSECVL", "ISRGOV"),
    ("Dozens of Afghan detainees in Pakistani custody refused food to protest against their detention.", "142",
     "AFGCVL", "PAKGOV"),
    ("Egyptian activists in Egyptian prisons went on hunger strike.", "142", "EGYOPP", "EGYGOV"),
])
def test_prisoners_protest_against_the_state_holding_them(pipeline, text, code, source, target):
    got = _dyads(pipeline, text)
    assert any(c.startswith(code) and s == source and t == target for c, s, t in got), f"{text!r}: {got}"
