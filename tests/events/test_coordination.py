"""Coordination the parser does not mark as ``conj``: companions, repeated objects, gapped clauses,
coordinated places, and the sources and targets carried by another phrase (full pipeline actors)."""

from __future__ import annotations

import pytest


def _pairs(pipeline, text: str, published: str = "2019-06-15") -> set[tuple[str, str, str | None]]:
    coded = pipeline.code_text(text, published=published)
    return {(e.cameo[:2], e.source.code[:3], e.target.code[:3] if e.target else None) for e in coded.events
            if e.modality != "negated"}


@pytest.mark.parametrize("text, sources, target", [
    ("Russia, along with France, condemned the United States for the decision.", {"RUS", "FRA"}, "USA"),
    ("Russia, together with China, criticised the United States at the Security Council.", {"RUS", "CHN"}, "USA"),
    ("Britain and France, along with Germany, urged Iran to comply with the deal.", {"GBR", "FRA", "DEU"}, "IRN"),
])
def test_a_companion_of_the_subject_is_a_second_source(pipeline, text, sources, target):
    got = _pairs(pipeline, text)
    assert {s for _, s, t in got if t == target} == sources


def test_objects_joined_by_as_well_as_are_both_targets(pipeline):
    got = _pairs(pipeline, "Beijing has criticised Washington, as well as Canberra, for the naval patrols.")
    assert {t for c, s, t in got if c == "11" and s == "CHN"} == {"USA", "AUS"}


def test_an_apposition_after_the_date_is_no_second_object(pipeline):
    got = _pairs(pipeline, "U.S. Secretary of State Antony Blinken met Chinese leader Xi Jinping in Beijing on "
                           "Monday, the highest-level American visitor to China in nearly five years.",
                 published="2023-06-19")
    assert {(s, t) for c, s, t in got if c == "04"} == {("USA", "CHN"), ("CHN", "USA")}


@pytest.mark.parametrize("text, root, source, targets", [
    ("U.S. Secretary of State Mike Pompeo met Japan's foreign minister on Monday and South Korea's foreign "
     "minister on Tuesday, the State Department said.", "04", "USA", {"JPN", "KOR"}),
    ("The French president met the German chancellor in Berlin on Monday and the Italian prime minister "
     "in Rome on Wednesday.", "04", "FRA", {"DEU", "ITA"}),
    ("Israel struck Syria in March and Iraq in July, the officials said.", "19", "ISR", {"SYR", "IRQ"}),
])
def test_the_object_of_a_gapped_clause_is_a_target(pipeline, text, root, source, targets):
    got = _pairs(pipeline, text)
    assert {t for c, s, t in got if c == root and s == source} == targets


def test_a_second_date_is_no_gapped_object(pipeline):
    got = _pairs(pipeline, "U.S. Secretary of State Mike Pompeo met Japan's foreign minister on Monday and on "
                           "Tuesday in Tokyo, the State Department said.")
    assert {t for c, s, t in got if c == "04" and s == "USA"} == {"JPN"}


def test_coordinated_places_of_a_strike_are_each_a_target(pipeline):
    got = _pairs(pipeline, "Israeli jets struck targets in Syria and Lebanon overnight, the army said.")
    assert {t for c, s, t in got if c == "19" and s == "ISR"} == {"SYR", "LBN"}


@pytest.mark.parametrize("text, target", [
    ("A Saudi-led airstrike hit a bus in Yemen on Thursday, killing dozens of children.", "YEM"),
    ("A US-led air strike killed several militants in Iraq, officials said.", "IRQ"),
])
def test_the_leader_of_a_led_attack_is_its_source(pipeline, text, target):
    got = _pairs(pipeline, text)
    leader = "SAU" if "Saudi" in text else "USA"
    assert ("19", leader, target) in got


@pytest.mark.parametrize("text, source, target", [
    ("Iran has been threatened with sanctions by the United States.", "USA", "IRN"),
    ("North Korea was urged to return to talks by the United States on Monday.", "USA", "PRK"),
])
def test_a_by_agent_hung_on_a_noun_of_the_passive_clause_is_the_source(pipeline, text, source, target):
    got = _pairs(pipeline, text)
    assert any(s == source and t == target for _, s, t in got)


def test_a_statement_verb_does_not_swallow_the_act_it_announces(pipeline):
    got = _pairs(pipeline, "The Trump administration announced new sanctions against Iran on Monday.")
    assert ("16", "USA", "IRN") in got


def test_the_sides_of_between_come_before_a_place_modifier(pipeline):
    got = _pairs(pipeline, "The Helsinki summit between Trump and Putin ended with a vague statement.",
                 published="2018-07-17")
    assert ("04", "USA", "RUS") in got and ("04", "RUS", "USA") in got
    assert not any(s == "FIN" or t == "FIN" for _, s, t in got)


def test_the_subject_of_a_light_verb_comes_before_the_sides_of_between(pipeline):
    got = _pairs(pipeline, "Kuwait's emir launched a mediation bid on Sunday between Qatar and "
                           "Bahrain.", published="2017-06-10")
    assert ("04", "KWT", "QAT") in got and ("04", "KWT", "BHR") in got
