"""Review findings on the actor countries (issues 3, 4 and 5, session 10): the armed forces of an international
body ("UN peacekeepers", "NATO troops") are its military (IGOxxxMIL); a movement is people of a cause, no
government; children at school are civilians; a country named again by the kind of land or state it is ("the
emirate", "the island"); "suspected" keeps a description a reference back; a "<Place>-based" description points
back to the body named before; the scene cache of the clause-country pass belongs to one document."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded
from eventwire.actors.clause_countries import ClauseCountryFinder


# ---- an IGO with a military role noun: its armed forces
@pytest.mark.parametrize("text, word, code", [
    ("Two UN peacekeepers were wounded when rebels ambushed their convoy near Beni.", "peacekeepers", "IGOUNOMIL"),
    ("NATO troops handed the airbase over to the local army on Friday.", "troops", "IGONATMIL"),
    ("African Union soldiers patrolled the main market in Baidoa after the blast.", "soldiers", "IGOAFUMIL"),
    ("United Nations forces will leave the border zone next year, a spokesman said.", "forces", "IGOUNOMIL"),
])
def test_the_soldiers_of_an_international_body_are_its_military(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2016-06-02"), word) == code


def test_an_international_body_s_envoy_is_no_military(pipeline):
    cdoc = coded(pipeline, "The UN envoy held talks with tribal elders in Sirte on Monday.", "2016-06-02")
    assert code_at(cdoc, "envoy") == "IGOUNO"


# ---- a movement is no government
@pytest.mark.parametrize("text, word, code", [
    ("An Indian anti-graft movement accused two ministers of taking bribes.", "movement", "INDCVL"),
    ("The Brazilian landless movement occupied three farms in Para state.", "movement", "BRACVL"),
    ("A Nigerian rebel movement claimed the bombing of a pipeline in the delta.", "movement", "NGAREB"),
])
def test_a_movement_is_people_of_a_cause(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2013-09-10"), word) == code


# ---- children at school are civilians
@pytest.mark.parametrize("text, word, code", [
    ("Militants seized a dozen schoolgirls from their dormitory in Borno.", "schoolgirls", "NGACVL"),
    ("Soldiers rescued eight schoolboys held by bandits in a forest of Katsina.", "schoolboys", "NGACVL"),
    ("Police in Nairobi escorted hundreds of pupils home after the riots.", "pupils", "KENCVL"),
    ("Israeli troops fired tear gas near a school, and several Palestinian schoolchildren fainted.",
     "schoolchildren", "PSECVL"),
])
def test_children_at_school_are_civilians(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2021-02-20"), word) == code


# ---- a country named again by its kind
@pytest.mark.parametrize("text, word, code", [
    ("Kuwait's parliament passed the budget on Sunday. The emirate also raised petrol prices by a fifth.",
     "emirate", "KWT"),
    ("Cuba freed forty dissidents on Tuesday. The island also released a Canadian businessman.", "island", "CUB"),
    ("Sri Lanka lifted its state of emergency on Monday. The island had been under curfew for weeks.",
     "island", "LKA"),
])
def test_a_country_named_again_by_its_kind(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2012-05-08"), word) == code


def test_a_kind_noun_after_a_country_of_another_kind_is_no_guess(pipeline):
    cdoc = coded(pipeline, "Qatar's emir received the Saudi king. The emirate then closed its airspace.", "2017-06-06")
    assert code_at(cdoc, "emirate") in (None, "QAT")


# ---- "suspected" keeps a description a reference back
def test_suspected_keeps_a_reference(pipeline):
    text = ("Al-Shabaab fighters raided a police post in Mandera on Tuesday. "
            "Officers said the suspected militants escaped across the border.")
    assert code_at(coded(pipeline, text, "2015-07-07"), "militants") == "SOMREB"


# ---- "<Place>-based <noun>": a description of the body named before, not the place's government
@pytest.mark.parametrize("text, word, code", [
    ("The International Labour Organization warned of child labour in mines. The Geneva-based agency urged "
     "Congo to act.", "agency", "IGOUNO"),
    ("Amnesty International published a report on prisons on Thursday. The London-based group accused Egypt "
     "of torturing inmates.", "group", "NGOAMN"),
])
def test_a_place_based_description_points_back(pipeline, text, word, code):
    got = code_at(coded(pipeline, text, "2018-10-04"), word)
    assert got == code


# ---- the scene of one document is not another's
def test_the_scene_is_per_document(pipeline):
    assert "_scene" not in vars(ClauseCountryFinder)
    first = coded(pipeline, "Crowds gathered in Tehran after the vote. Police later detained nine people.", "2019-06-01")
    second = coded(pipeline, "Crowds gathered in Nairobi after the vote. Police later detained nine people.",
                   "2019-06-01")
    assert code_at(first, "Police") == "IRNCOP"
    assert code_at(second, "Police") == "KENCOP"
