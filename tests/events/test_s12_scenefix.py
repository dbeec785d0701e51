"""Session 12 review fixes (owner "scenefix"), findings 5 and 27.

5. "X said Y should/must <verb>" is no appeal when nobody is asked to act: the verb tells an outcome awaited
   ("must win its last games", "the consulate should open": intent.yaml markers.expected_outcomes), or a
   discard rule vetoes the saying (economists, a coach: discards.yaml non_political_speaker) or the clause's
   verb. Real appeals and demands stay, "must open the crossings" (an object) among them.
27. The distributive "each accused the other" takes no sides from the players of a game or race
   ("A and B drew 2-2, and each side accused the other of ...": arguments.yaml contest_verbs); the sides of
   talks or a truce stay.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2024-05-14"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


# ---------------------------------------------------------------- 5. no appeal in forecasts, sport, markets
@pytest.mark.parametrize("text", [
    # a result hoped for in sport: winning is no deed one can be asked to do
    "The team's manager said Nigeria must win its last two group games to stay in the tournament.",
    # market talk: economists forecast a central bank's move
    "Economists at a Tokyo bank said the Bank of Japan should raise interest rates in July.",
    # epistemic 'should': a building expected to open
    "French officials said the new Indian consulate in Marseille should open in the spring.",
])
def test_a_forecast_or_a_hope_told_with_should_or_must_is_no_appeal(pipeline, text):
    assert [row for row in coded(pipeline, text) if row[0][:2] in ("02", "10")] == []


@pytest.mark.parametrize("text, code, source, target", [
    ("The French president said Iran must return to the negotiating table.", "100", "FRAGOV", "IRN"),
    # 'open' with an object is a deed asked for
    ("The UN chief said Israel must open the crossings into Gaza.", "100", "IGOUNO", "ISR"),
    ("The IMF said Egypt should cut its fuel subsidies further.", "020", "IGOIMF", "EGY"),
    ("The American secretary of state said India should play a bigger role in the region.", "020", "USAGOV", "IND"),
    # a discard rule of another reading of the verb ('hold' as no detention) does not veto the demand
    ("Kenya's opposition leader said the government must hold fresh elections before the end of the year.",
     "100", "KENOPP", "KENGOV"),
])
def test_a_real_appeal_or_demand_told_stays(pipeline, text, code, source, target):
    assert (code, source, target) in [row[:3] for row in coded(pipeline, text)]


# ---------------------------------------------------------------- 27. players of a game are no sides
@pytest.mark.parametrize("text", [
    "Chile and Peru drew 2-2 in a heated qualifier, and each side accused the other of diving.",
    "Serbia and Croatia played a tense match in Zagreb, and each accused the other of provoking the fans.",
])
def test_each_accused_the_other_after_a_game_takes_no_sides(pipeline, text):
    assert [row for row in coded(pipeline, text) if row[0].startswith("11")] == []


def test_each_blamed_the_other_after_talks_is_both_ways(pipeline):
    rows = [row[:3] for row in coded(pipeline, "Armenia and Azerbaijan resumed talks on Monday, and each blamed "
                                               "the other for the deadlock.")]
    assert ("112", "ARM", "AZE") in rows and ("112", "AZE", "ARM") in rows
