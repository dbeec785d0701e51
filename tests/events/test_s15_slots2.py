"""Session 15 actor slots, round 2 (owner "slots"): the right source and target of an event whose trigger is found.

* A free relative that is the object of a phrase of the act names its target through someone's words: "airstrikes on
  what it described as militant bases in northern Iraq" -> the bases (their owner, Iraq), not the one who named them
  (``object_phrases.phrase_relative_thing``, read by ``TargetSearch._prep_targets`` and, for the country of a place
  phrase on the thing, by ``TargetFallbacks.place``).
* The owner of a hostile act a side fights off ("repelled an Israeli incursion") is the other side of the fight,
  acted on one way (``Dyads.pairs``: a symmetric fight pattern dropped such owners as topics).

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

from .coded_rows import Row, event_rows, pairs

PUB = "2019-03-12"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def test_a_free_relative_in_the_on_phrase_names_the_target(pipeline) -> None:
    rows = coded(pipeline, "The Turkish army launched airstrikes on what it described as Kurdish militant bases "
                           "in northern Iraq.")
    assert ("TURMIL", "IRQ") in pairs(rows, "19")


def test_the_place_of_the_thing_a_free_relative_names_gives_the_target(pipeline) -> None:
    rows = coded(pipeline, "Pakistani jets carried out strikes on what Islamabad called terrorist hideouts in "
                           "Afghanistan's Paktika province.")
    assert ("PAKMIL", "AFG") in pairs(rows, "19")


def test_who_names_the_thing_is_not_the_target(pipeline) -> None:
    rows = coded(pipeline, "Pakistani jets carried out strikes on what Kabul called civilian homes in the Paktika "
                           "province of Afghanistan.")
    assert ("PAKMIL", "AFGGOV") not in pairs(rows, "19")


def test_the_nationality_of_a_hostile_act_fought_off_is_the_other_side(pipeline) -> None:
    rows = coded(pipeline, "Lebanese troops repelled an Israeli incursion across the border.")
    assert pairs(rows, "19") == {("LBNMIL", "ISR")}


def test_an_offensive_beaten_back_is_the_adversarys(pipeline) -> None:
    rows = coded(pipeline, "Armenian soldiers beat back an Azerbaijani offensive overnight.")
    assert ("ARMMIL", "AZE") in pairs(rows, "19")


def test_named_troops_fought_off_still_fight_both_ways(pipeline) -> None:
    rows = coded(pipeline, "Ukrainian forces repelled Russian troops near the town.")
    assert {("UKRMIL", "RUSMIL"), ("RUSMIL", "UKRMIL")} <= pairs(rows, "19")
