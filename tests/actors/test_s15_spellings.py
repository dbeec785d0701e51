"""A national name's spelling is evidence of its country (review F17 of session 15): only international bodies
are also indexed in the other British/American spelling, so Australia's and Israel's Labor, India's Labour
Department and Australia's Department of Defence keep their own country."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def _codes(pipeline, text: str, published: str) -> dict[str, str]:
    coded = list(pipeline.code_documents([Article(id="t", text=text, published=published)]))[0]
    return {coded.doc[a.start_token:a.end_token].text: a.ref.code for a in coded.actors}


@pytest.mark.parametrize("text, published, mention, country", [
    ("In Israel, the Labor Party chose a new leader on Tuesday.", "2019-07-02", "Labor Party", "ISR"),
    ("India's Labour Department issued new rules for factory owners.", "2023-03-01",
     "India's Labour Department", "IND"),
    ("Australia's Department of Defence said the frigate had returned to port.", "2023-03-01",
     "Australia's Department", "AUS"),
])
def test_a_national_spelling_keeps_its_country(pipeline, text, published, mention, country):
    assert _codes(pipeline, text, published)[mention][:3] == country


@pytest.mark.parametrize("name", ["Collective Security Treaty Organization", "Collective Security Treaty Organisation"])
def test_an_international_body_is_found_in_either_spelling(pipeline, name):
    codes = _codes(pipeline, f"Armenia asked the {name} to send troops.", "2022-09-14")
    assert codes[name] == "IGOCST"
