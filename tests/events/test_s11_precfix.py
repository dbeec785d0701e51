"""Review fixes for the precision rules of session 11 (owner "precfix", review items 46, 59, 43).

46. A concession in an election ("conceded the race", "admitted defeat in the race for mayor") is no sport:
    ``discards.yaml#sports_concede_admit`` reads only words of sport.
59. 'because of' names a cause as background only beside an economic outcome ("output fell because of a
    strike"); a strike or a blockade that closes schools or stops flights is the day's event.
43. A past 'after' clause of uncoded news ("markets tumbled after ...") that has its own day or date is the
    act of that day, told as news: it stays.

Each form has phrasings of our own, and contrasts that keep the old behaviour.
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2024-03-06"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def roots(pipeline, text: str) -> set[str]:
    return {row[0][:2] for row in coded(pipeline, text)}


# ---------------------------------------------------------------- 46. concessions in elections
@pytest.mark.parametrize("text, root", [
    ("The opposition candidate conceded the race to President Ruto on Sunday.", "08"),
    ("Georgia's ruling party admitted defeat in the race for the capital's mayor.", "01"),
])
def test_an_election_concession_is_no_sport(pipeline, text, root):
    assert root in roots(pipeline, text)


def test_a_side_conceding_in_sport_is_still_no_event(pipeline):
    text = "Liverpool conceded the lead in the second half and their coach admitted the defenders had been tired."
    assert not roots(pipeline, text) & {"01", "08"}


# ---------------------------------------------------------------- 59. 'because of' an event noun
def test_a_strike_that_closes_schools_is_the_days_event(pipeline):
    text = "Schools across France closed on Tuesday because of a strike by teachers."
    assert "14" in roots(pipeline, text)


@pytest.mark.parametrize("text", [
    "The mine halted production on Monday because of a strike by contract workers.",
    "Copper prices rose on Friday because of a blockade of the mine by protesters in Peru.",
])
def test_a_cause_of_an_economic_outcome_stays_background(pipeline, text):
    assert "14" not in roots(pipeline, text)


# ---------------------------------------------------------------- 43. an 'after' clause with its own day
@pytest.mark.parametrize("text, event", [
    ("Markets tumbled on Monday after Russia invaded Ukraine on Thursday.", ("190", "RUS", "UKR")),
    ("Oil prices jumped after Iran seized a British tanker in the Gulf on Friday.", ("171", "IRN", "GBRBUS")),
    ("Stocks fell in Seoul after North Korea fired a missile over Japan on Tuesday.", ("150", "PRK", None)),
])
def test_an_after_clause_with_its_own_day_is_news(pipeline, text, event):
    assert event in {row[:3] for row in coded(pipeline, text)}


def test_an_undated_after_clause_of_uncoded_news_stays_background(pipeline):
    text = "Bond yields in Ankara rose sharply after Turkish jets bombed a village in northern Iraq."
    assert "19" not in roots(pipeline, text)
