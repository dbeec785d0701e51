"""Session 11, snippets: an act told twice in one sentence, by its verb and by the noun of its occasion ("arrived in
Moscow on a state visit"), is one event (events/restatements.py ``_occasion_phrase``)."""

from __future__ import annotations

import pytest


def _code(pipeline, text):
    return pipeline.code_text(text, published="2023-05-10").events


@pytest.mark.parametrize("text", [
    "Brazil's president arrived in Luanda on Tuesday on a two-day state visit to Angola.",
    "The Kenyan foreign minister landed in Addis Ababa on Sunday on her second visit to Ethiopia this year.",
    "Hungary's prime minister arrived in Baku on Monday on an official visit to Azerbaijan.",
])
def test_arriving_on_a_visit_is_one_visit(pipeline, text):
    visits = [e for e in _code(pipeline, text) if e.cameo == "042"]
    assert len(visits) == 1
    assert "merged restatements" in visits[0].rule


def test_visits_of_two_clauses_stay_two(pipeline):
    events = _code(pipeline, "The Chilean minister visited Lima on Monday and travelled on to Quito on Wednesday on "
                             "a visit to Ecuador.")
    assert sorted(e.target.code for e in events if e.cameo == "042") == ["ECU", "PER"]


@pytest.mark.parametrize("text", [
    "Hundreds of nurses marched through the centre of Accra on Tuesday. They were protesting against unpaid "
    "allowances.",
    "Taxi drivers blocked the main roads into Nairobi on Monday. They were protesting against a new fuel levy.",
])
def test_a_protest_explained_in_the_past_progressive_is_one_act(pipeline, text):
    events = [e for e in _code(pipeline, text) if e.root == "14"]
    assert len(events) == 1 and events[0].sentence == 0
    assert "explains it" in events[0].rule


def test_a_progressive_protest_of_other_doers_stays(pipeline):
    events = _code(pipeline, "Hundreds of nurses marched through the centre of Accra on Tuesday. Doctors were "
                             "protesting against unpaid allowances in Kumasi.")
    assert not any("explains it" in e.rule for e in events)
