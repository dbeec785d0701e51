"""Session 11, snippets: an act told twice in one sentence, by its verb and by the noun of its occasion ("arrived in
Moscow on a state visit"), is one event (events/retelling_phrases.py ``occasion_phrase``)."""

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


def test_the_act_a_trip_is_for_is_the_meeting_told_next_day(pipeline):
    # the summit the trip is for is dated by the arrival (Tuesday); the meeting of the next day is that summit
    events = pipeline.code_text("Chile's president arrived in Tokyo on Tuesday for a summit with Japan's prime "
                                "minister. The two leaders met at a hillside guesthouse on Wednesday.",
                                published="2024-05-15").events
    meetings = [e for e in events if e.root == "04" and e.cameo != "042"]
    assert len(meetings) == 2 and all("merged restatements" in e.rule for e in meetings)


def test_a_meeting_before_the_trip_is_another_act(pipeline):
    events = pipeline.code_text("Chile's president arrived in Tokyo on Tuesday for a summit with Japan's prime "
                                "minister. The two leaders had met in Lima on Monday of last week.",
                                published="2024-05-15").events
    assert not any("merged restatements" in e.rule for e in events)
