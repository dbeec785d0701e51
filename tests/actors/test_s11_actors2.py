"""Session 11, actors fix-up (actors2): the code review's actor items and the queued actor errors."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


@pytest.mark.parametrize("text, word, code", [
    # review 38: one list of backer words; every backer word keeps a definite description a reference back
    ("Houthi fighters seized a cargo ship in the Red Sea on Sunday. The Iran-financed group said it would keep "
     "targeting vessels.", "group", "YEMREB"),
    ("Houthi fighters fired drones at a tanker on Monday. The Iranian-trained movement said more strikes would "
     "follow.", "movement", "YEMREB"),
])
def test_every_backer_word_keeps_a_reference_back(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, backer", [
    ("Iran-backed militias shelled the base.", True),
    ("Russia - backed by China - vetoed the resolution.", False),   # review 39: a spaced dash is an aside
])
def test_only_an_attached_hyphen_names_a_backer(text, backer):
    import spacy

    from eventwire.actors.resolver import side_taken
    doc = spacy.blank("en")(text)
    assert side_taken(doc, 0) is backer


@pytest.mark.parametrize("text, code", [
    # review 40: a bare "action" against a town is no lawsuit; the town stays its people
    ("Nigerian troops took military action against the town on Sunday.", "NGACVL"),
    ("Shopkeepers in Lagos took legal action against the city on Monday.", "NGAGOV"),
])
def test_only_a_legal_action_is_aimed_at_a_towns_council(pipeline, text, code):
    word = "town" if "town" in text else "city"
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, code", [
    # review 33: a country named only in what the institution's own act is done to is not its country
    ("The Senate approved new sanctions on Iran on Wednesday.", "USALEG"),
    ("MANILA, March 3 (Reuters) - The Senate passed sanctions on China.", "PHLLEG"),
    # a colon dateline of a capital is a dateline, and its country is the bare institution's
    ("ISLAMABAD: The Senate urged India and Afghanistan on Tuesday to free the prisoners held in Kabul and Mumbai.",
     "PAKLEG"),
])
def test_a_bare_institution_takes_no_country_from_its_own_target(pipeline, text, code):
    assert code_at(coded(pipeline, text), "Senate") == code


def test_a_colon_dateline_is_no_actor(pipeline):
    assert code_at(coded(pipeline, "NAIROBI: The Supreme Court on Friday overturned a ruling on the border with "
                                   "Uganda."), "NAIROBI") is None


def test_the_opposition_a_foreign_leader_addresses_is_the_storys_country(pipeline):
    # not the speaker's country: the Ghanaian president's appeal is to Togo's opposition, the story's country
    cdoc = coded(pipeline, "LOME (Reuters) - Togolese protesters clashed with police in the capital on Monday. Ghana's "
                           "president urged the opposition to join talks on a unity government.")
    assert code_at(cdoc, "opposition") == "TGOOPP"
