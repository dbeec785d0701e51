"""A plural mention whose members are listed ("six world powers", "the two leaders") is one side of a
joint act when another actor is named beside it, and its members are the sides when it is alone."""

from __future__ import annotations

import pytest


def _dyads(pipeline, text, published):
    return {(e.cameo, e.source.code, e.target.code if e.target else None)
            for e in pipeline.code_text(text, published=published).events}


@pytest.mark.parametrize("text, published", [
    ("Iran and six world powers resumed talks in Vienna on Monday.", "2015-06-01"),
    ("Iran and the P5+1 agreed on a framework for a nuclear deal in Lausanne.", "2015-04-02"),
    ("Tehran and the six major powers held a new round of negotiations in Geneva.", "2014-11-20"),
])
def test_the_group_beside_another_actor_is_one_side(pipeline, text, published):
    got = _dyads(pipeline, text, published)
    assert got, text
    # every pair has Iran on one side; no power is paired with another power
    assert all(src.startswith("IRN") or tgt.startswith("IRN") for _code, src, tgt in got), got
    assert {tgt for _c, src, tgt in got if src.startswith("IRN")} >= {"USAGOV", "RUSGOV", "CHNGOV"}


def test_the_members_of_a_group_alone_are_the_sides(pipeline):
    text = ("President Trump and President Putin held their first phone call on Saturday. "
            "The two leaders spoke for an hour, the Kremlin said.")
    got = _dyads(pipeline, text, "2017-01-29")
    assert ("041", "USAGOV", "RUSGOV") in got and ("041", "RUSGOV", "USAGOV") in got


def test_the_group_in_a_between_phrase_pairs_with_the_other_side_only(pipeline):
    # "between Iran and six world powers": Iran with each power both ways (12), no power with another
    coded = pipeline.code_text("Negotiations between Iran and six world powers resumed in Vienna on Monday.",
                               published="2015-04-01")
    pairs = {(e.source.code, e.target.code) for e in coded.events if e.cameo.startswith("04")}
    assert len(pairs) == 12 and all("IRN" in (s, t) for s, t in pairs), sorted(pairs)


@pytest.mark.parametrize("text", [
    "The accord was brokered by the United States, China, India, Brazil and South Africa.",
    "Qatar and Egypt mediated for weeks.",
])
def test_co_mediators_are_no_parties_to_each_other(pipeline, text):
    coded = pipeline.code_text(text, published="2009-12-19")
    assert not any(e.cameo.startswith(("04", "05")) for e in coded.events), [(e.cameo, e.rule) for e in coded.events]


def test_a_broker_between_two_parties_mediates(pipeline):
    coded = pipeline.code_text("China brokered a deal between Saudi Arabia and Iran in March.", published="2023-03-19")
    assert {(e.cameo, e.source.code, e.target.code) for e in coded.events} == {("045", "CHN", "SAU"), ("045", "CHN", "IRN")}
