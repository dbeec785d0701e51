"""A vetoed reading uses up nothing; wanting another actor to act is an appeal; the toll of a
thing's mishap ("crashed, killing 228") has no source; a salvo of rockets is no weapons test."""

from __future__ import annotations

import pytest


def _codes(pipeline, text, date="2019-06-01"):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in pipeline.code_text(text, published=date).events}


def test_vetoed_reading_leaves_the_complement_its_own_event(pipeline):
    # want_other_to_act is vetoed by 'wants to': 'negotiate' still codes the intent to negotiate
    got = _codes(pipeline, "Iran wants to negotiate with the United States.")
    assert any(code.startswith("03") and s == "IRN" and t == "USA" for code, s, t in got)
    assert not any(code.startswith("02") for code, _, _ in got)


def test_vetoed_warning_does_not_take_the_speakers_own_act(coder, code_standin):
    events, trace = code_standin("Russia warned it would stop gas supplies to Ukraine.")
    stop = [t for st in trace for t in st.triggers if t.token.lower_ == "stop"]
    assert stop and not stop[0].outcome.startswith("used by")
    assert all(not e.cameo.startswith("10") for e in events)


def test_wanting_another_actor_to_act_is_an_appeal_to_it(pipeline):
    got = _codes(pipeline, "Washington wants Seoul to pay more for the troops.")
    assert ("020", "USAGOV", "KORGOV") in got
    # wanting a thing, with no one asked: a wish, no appeal
    wish = _codes(pipeline, "The White House wanted 50 votes on the tax bill.", "2016-10-01")
    assert not any(code.startswith("02") for code, _, _ in wish)


def test_accident_toll_has_no_source(pipeline):
    crash = _codes(pipeline, "The Airbus A320 jet crashed into the Mediterranean Sea, killing all 66 people on board.",
                   "2009-06-01")
    assert not any(code[:2] in ("18", "19", "20") for code, _, _ in crash)
    strike = _codes(pipeline, "Israeli jets struck Gaza, killing 12 people.", "2014-07-20")
    assert any(code[:2] in ("18", "19") and s and s.startswith("ISR") for code, s, _ in strike)


def test_exchange_of_fire_codes_both_directions(pipeline):
    got = _codes(pipeline, "India and Pakistan exchanged fire across the border in Kashmir.")
    assert ("193", "IND", "PAK") in got and ("193", "PAK", "IND") in got     # small arms (session 12)
    assert not any(code.startswith("19") for code, _, _ in _codes(pipeline, "The two leaders exchanged views on trade."))


def test_coming_under_fire_from_an_actor_is_its_criticism(pipeline):
    got = _codes(pipeline, "The German chancellor came under fire from France over the migration deal.")
    assert ("111", "FRA", "DEUGOV") in got
    armed = _codes(pipeline, "US troops came under fire from insurgents near Fallujah.", "2004-11-08")
    assert not any(code.startswith("11") for code, _, _ in armed)


def test_drawing_criticism_is_no_act_of_the_subject(pipeline):
    got = _codes(pipeline, "The Polish government drew criticism from the European Union.")
    assert got and all(t == "POLGOV" and s != "POLGOV" for _, s, t in got)


def test_attacking_a_ruling_is_criticism_of_the_court(pipeline):
    got = _codes(pipeline, "Trump attacked the court's ruling on Twitter.", "2019-06-01")
    assert got and all(code.startswith("11") for code, _, _ in got)
    assert any(t == "USAJUD" for _, _, t in got)


def test_her_opponent_is_not_the_possessor(pipeline):
    got = _codes(pipeline, "Hillary Clinton attacked her opponent as a fraud.", "2016-06-01")
    assert all(s != t for _, s, t in got)
    enemies = _codes(pipeline, "Russia's foreign minister attacked Ukraine's enemies in a speech.")
    assert not any(t == "UKR" for _, _, t in enemies)


@pytest.mark.parametrize("text", [
    "Hamas militants fired thousands of rockets from Gaza on Saturday.",
    "Hezbollah fired dozens of rockets from southern Lebanon overnight.",
])
def test_a_salvo_of_rockets_is_no_weapons_test(pipeline, text):
    coded = pipeline.code_text(text, published="2023-10-07")
    assert not any(e.cameo == "150" for e in coded.events), [(e.cameo, e.rule) for e in coded.events]


def test_a_single_launch_stays_a_weapons_test(pipeline):
    coded = pipeline.code_text("Pakistan test-fired a cruise missile on Thursday.", published="2023-10-07")
    assert any(e.cameo == "150" for e in coded.events), [(e.cameo, e.rule) for e in coded.events]
