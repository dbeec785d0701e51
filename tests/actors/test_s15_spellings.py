"""A national name's spelling is evidence of its country (review F17 of session 15): only international bodies
are also indexed in the other British/American spelling, so Israel's Labor Party, India's Labour Department and
Australia's Department of Defence keep their own country."""

from __future__ import annotations

import pytest
from actor_mentions import code_at, coded


@pytest.mark.parametrize("text, published, word, country", [
    ("In Israel, the Labor Party chose a new leader on Tuesday.", "2019-07-02", "Labor", "ISR"),
    ("India's Labour Department issued new rules for factory owners.", "2023-03-01", "Labour", "IND"),
    ("Australia's Department of Defence said the frigate had returned to port.", "2023-03-01", "Department", "AUS"),
])
def test_a_national_spelling_keeps_its_country(pipeline, text, published, word, country):
    assert (code_at(coded(pipeline, text, published), word) or "")[:3] == country


@pytest.mark.parametrize("spelling", ["Organization", "Organisation"])
def test_an_international_body_is_found_in_either_spelling(pipeline, spelling):
    cdoc = coded(pipeline, f"Armenia asked the Collective Security Treaty {spelling} to send troops.", "2022-09-14")
    assert code_at(cdoc, spelling) == "IGOCST"
