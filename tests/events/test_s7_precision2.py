"""Precision on real news (session 7, second round): three forms that told no act between the actors
coded were coded as events.

1. A plural subject acting on a pronoun that refers back to it ("A and B condemned what they called a
   coup"): no act of A on B; reciprocals ("blamed each other", "A and B met") keep both sides.
2. Business senses: a firm's warning or admission about its own results, analysts or traders who
   "blame" a market move on something (discards.yaml#business_results_warning, #market_blame_punish).
3. An event noun told as the subject of a verb of effect ("X's annexation of Y renewed fears"): the
   cause of a state, background (intent.yaml governors.effect).

Each form has several phrasings of our own, and contrasts of the same words that still code the act.
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows, event_triggers

PUB = "2024-03-01"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def dyads(pipeline, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for _, s, t, *_ in coded(pipeline, text)}


def triggers(pipeline, text: str) -> set[str]:
    return event_triggers(pipeline, text, PUB)


# ---------------------------------------------------------------- 1. a pronoun holding the sources
@pytest.mark.parametrize("text, a, b", [
    ("The AU and ECOWAS condemned what they called a coup.", "IGOAFU", "IGOWAS"),
    ("The US and Britain criticized what they described as an attack on democracy.", "USA", "GBR"),
    ("France and Germany denounced the vote, which they said was rigged.", "FRA", "DEU"),
    ("Egypt and Jordan have condemned what they termed a provocation at the holy sites.", "EGY", "JOR"),
])
def test_no_act_between_the_sources_through_their_own_pronoun(pipeline, text, a, b):
    pairs = dyads(pipeline, text)
    assert (a, b) not in pairs and (b, a) not in pairs


@pytest.mark.parametrize("text, a, b", [
    ("Israel and Hamas blamed each other for the violence.", "ISR", "PSEREB"),
    ("Russia and China met on Monday.", "RUS", "CHN"),
    ("Armenia and Azerbaijan accused each other of shelling border villages.", "ARM", "AZE"),
])
def test_reciprocals_keep_both_sides(pipeline, text, a, b):
    pairs = dyads(pipeline, text)
    assert (a, b) in pairs and (b, a) in pairs


def test_a_possessive_of_the_sources_still_names_the_partners(pipeline):
    pairs = dyads(pipeline, "Hungarian and Romanian officials agreed that their countries should cooperate.")
    assert ("HUNGOV", "ROUGOV") in pairs and ("ROUGOV", "HUNGOV") in pairs


def test_a_third_party_named_beside_the_pronoun_stays_the_target(pipeline):
    pairs = dyads(pipeline, "Egypt and Jordan accused Israel of violating what they called international law.")
    assert {("EGY", "ISR"), ("JOR", "ISR")} <= pairs


# ---------------------------------------------------------------- 2. business senses
@pytest.mark.parametrize("text, trigger", [
    ("Toyota admitted that its profits had fallen by a third.", "admitted"),
    ("Boeing admitted that its losses could grow as it pays compensation to airlines.", "admitted"),
    ("Analysts blamed the slide in Asian shares on fears of a slowdown in China.", "blamed"),
    ("Traders blamed the drop in the stock market on Russia.", "blamed"),
    ("Analysts blame the recent losses on fears of an American recession.", "blame"),
    ("Investors blamed the slump in bank shares on fears of a German recession.", "blamed"),
])
def test_business_warnings_admissions_and_market_blame_are_no_events(pipeline, text, trigger):
    assert trigger not in triggers(pipeline, text)


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Russia warned Ukraine that it would respond.", "130", "RUS", "UKR"),
    ("Pakistan blamed India for the attack on the market in Lahore.", "1121", "PAK", "IND"),
    ("Trump blamed China for the trade deficit.", "112", "USAPTY", "CHN"),
])
def test_political_warnings_and_blame_stay(pipeline, text, cameo, source, target):
    assert any(c == cameo and s == source and t == target for c, s, t, *_ in coded(pipeline, text))


# ---------------------------------------------------------------- 3. the cause as subject of a verb of effect
@pytest.mark.parametrize("text, trigger", [
    ("Russia's annexation of Crimea renewed fears of war in Europe.", "annexation"),
    ("China's military drills around Taiwan raised tensions in the region.", "military drills"),
    ("The invasion of Ukraine by Russia and its blockade of the ports caused a global food crisis.", "invasion"),
    ("Iran's attack on Israel has prompted the United States to send warships.", "attack"),
])
def test_an_act_told_as_the_cause_of_a_state_is_background(pipeline, text, trigger):
    assert trigger not in triggers(pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    ("Israeli airstrikes killed 20 people in Gaza.", "airstrikes"),
    ("Russia's invasion of Ukraine began in February 2022.", "invasion"),
    ("China's military drills around Taiwan continued for a third day.", "military drills"),
])
def test_an_act_noun_as_subject_of_its_own_verb_stays(pipeline, text, trigger):
    assert trigger in triggers(pipeline, text)
