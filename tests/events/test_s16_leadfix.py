"""Session 16 review fixes (lead): an accusation made through a text is the news; joined allies do not de-escalate
toward each other; agreeing to stop fighting or shooting is a truce.

Sentences in our own words.
"""

from __future__ import annotations

import pytest

from .coded_rows import event_rows

PUBLISHED = "2024-05-07"


def _codes(pipeline, text: str) -> set[tuple[str, str | None, str]]:
    return {(source, target, cameo) for cameo, source, target, modality, _ in event_rows(pipeline, text, PUBLISHED)
            if modality == "asserted"}


@pytest.mark.parametrize("text, expected", [
    ("The Chinese foreign ministry issued a statement on Tuesday, accusing Japan of stirring up trouble near the "
     "islands.", ("CHNGOV", "JPN", "112")),
    ("Kenya's interior ministry put out a note late on Friday, accusing Somalia of arming the raiders.",
     ("KENGOV", "SOM", "112")),
])
def test_an_accusation_made_in_a_statement_is_coded(pipeline, text, expected):
    assert expected in _codes(pipeline, text)


def test_an_accusation_beside_an_uncoded_act_stays_its_reason(pipeline):
    text = "Lithuania invoked the treaty's emergency clause, accusing Minsk of staging the migrant crossings."
    assert not [c for c in _codes(pipeline, text) if c[2].startswith("11")]


@pytest.mark.parametrize("text", [
    "Canada and Mexico eased restrictions on imports of beef.",
    "The United States and Britain began a drawdown of their forces in the region.",
])
def test_two_joined_actors_do_not_yield_to_each_other_unless_the_act_is_mutual(pipeline, text):
    pairs = {(s, t) for s, t, _ in _codes(pipeline, text)}
    assert not {("CAN", "MEX"), ("MEX", "CAN"), ("USA", "GBR"), ("GBR", "USA")} & pairs


def test_a_disengagement_of_two_sides_is_mutual(pipeline):
    codes = _codes(pipeline, "Peru and Ecuador carried out a disengagement along the river valley on Sunday.")
    assert {("PER", "ECU", "087"), ("ECU", "PER", "087")} <= codes


def test_agreeing_to_stop_fighting_is_a_truce(pipeline):
    codes = _codes(pipeline, "The Sudanese army and the RSF agreed to stop fighting along the river from midnight.")
    assert {c[2] for c in codes} == {"0871"}


def test_a_criticism_beside_a_speech_to_an_audience_is_what_was_said(pipeline):
    codes = _codes(pipeline, "Chile's foreign minister addressed the Organization of American States in Washington "
                             "on Monday, criticising Venezuela.")
    assert ("CHLGOV", "VEN", "111") in codes
