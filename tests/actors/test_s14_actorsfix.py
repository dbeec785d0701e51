"""Session 14 fix-up, actors (review F6, F16, F17): the CNSP of 2020 is Mali's junta, not Niger's; the places
stage reads an explicit place flag on actor mentions, not their explanation text; a US agency makes "Georgia" the
state only as an actor (its agents, officers, a raid), not as a bare token."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


@pytest.mark.parametrize("text", [
    "Mali's CNSP said on Tuesday it would hand power to a civilian-led transition.",
    "The CNSP met West African mediators in Bamako.",
])
def test_the_cnsp_of_2020_is_malis_junta(pipeline, text):
    cdoc = coded(pipeline, text, "2020-09-01")
    assert code_at(cdoc, "CNSP") == "MLIGOV"


def test_the_places_stage_reads_the_place_flag_not_the_explanation():
    from eventwire.document import ActorMention, CodedDocument
    from eventwire.records import ActorRef, Article
    from eventwire.stages.places import _actor_places

    town = ActorMention(0, 1, 0, ActorRef(text="Odesa", start=0, end=5, code="UKR", country="UKR"),
                        why="reworded explanation", place=True)
    body = ActorMention(2, 3, 2, ActorRef(text="police", start=9, end=15, code="UKRCOP", country="UKR"),
                        why="place Odesa, police of the town")
    cdoc = CodedDocument(article=Article(id="t", text="Odesa's police", published="2024-01-01"),
                         actors=[town, body])
    assert _actor_places(cdoc) == [(0, 5)]


@pytest.mark.parametrize("text, word, place", [
    ("Drones struck a depot near Kharkiv overnight, the regional governor said.", "Kharkiv", True),
    ("The envoy arrived in Moscow on Sunday for two days of talks.", "Moscow", True),
    ("Moscow said the envoy would arrive on Sunday.", "Moscow", False),
    ("Police in Kharkiv detained two men after the blast.", "Police", False),
])
def test_actor_mentions_carry_an_explicit_place_flag(pipeline, text, word, place):
    from actor_mentions import mention

    cdoc = coded(pipeline, text, "2024-05-02")
    found = mention(cdoc, word)
    assert found is not None and found.place is place


@pytest.mark.parametrize("text, code", [
    # a bare agency letters token is no American story: a German train, an exchange
    ("The ICE from Munich was delayed for hours, said a wine trader on his way home to Georgia.", "GEO"),
    ("Georgia's wine exports rose, traders on ICE said, while the FBI was not mentioned by anyone.", "GEO"),
    # the agency acting by its people or a raid: the state
    ("FBI officials searched a warehouse in Georgia on Thursday, a spokesman said.", "USA"),
    ("Dozens of workers were held in an ICE raid at a battery plant in Georgia.", "USA"),
])
def test_a_us_agency_makes_georgia_the_state_only_as_an_actor(pipeline, text, code):
    cdoc = coded(pipeline, text, "2025-09-09")
    assert code_at(cdoc, "Georgia") == code
