"""Session 14, actors round 2: people a home force acts on, and towns named with their province or state.
A city name of two countries (Hyderabad) is the one the text names; a leader lends no country to people its own
place phrase puts abroad; lawmakers held by the police are of the police's country; "London, Ontario"
and "Paris, Texas" are towns of the qualifier's country and the qualifier is no actor of its own; "the police" acted
on by a foreign leader are the police named before. Guards (pass before and after): Indian Hyderabad, the relatives
abroad, the Kenyan lawmakers, Perth, London, England, the lists, the fronted place and the leader's own police."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


@pytest.mark.parametrize("text, word, code", [
    ("Pakistani police held three opposition leaders in Hyderabad overnight.", "leaders", "PAKOPP"),
    ("Indian police in Hyderabad questioned a group of students over the weekend.", "students", "INDEDU"),
])
def test_a_city_of_two_countries_is_of_the_country_the_text_names(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2024-03-04")
    assert code_at(cdoc, word) == code


def test_a_leader_sending_words_abroad_lends_no_country_to_the_families(pipeline):
    cdoc = coded(pipeline, "The Dalai Lama sent a message of sympathy to the relatives of those lost when a bus "
                           "plunged into a gorge in Peru's Andes.", "2024-03-04")
    assert not (code_at(cdoc, "relatives") or "").startswith("CHN")


def test_police_hold_lawmakers_of_their_own_country(pipeline):
    cdoc = coded(pipeline, "Police detained four lawmakers outside the assembly, a spokesman for the Kenyan force "
                           "said.", "2024-03-04")
    assert code_at(cdoc, "lawmakers") == "KENLEG"


@pytest.mark.parametrize("text, word, code", [
    ("Canadian police searched a flat in London, Ontario, on Thursday.", "London", "CAN"),
    ("Police in Paris, Texas detained two marchers late on Friday.", "Police", "USACOP"),
    ("A judge in Perth, Scotland, freed the two climbers.", "Perth", "GBR"),
    # the same country or a list: the capital stays
    ("Ministers met in London, England, to sign the pact.", "London", "GBR"),
    ("The envoy toured Kabul, Helmand and Kandahar last month.", "Kabul", "AFG"),
    ("Direct flights now link Mumbai, Karachi, Lahore and Dhaka.", "Mumbai", "IND"),
])
def test_a_town_named_with_its_province_is_of_that_country(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2024-03-04")
    assert (code_at(cdoc, word) or "") == code


def test_the_state_after_a_town_is_no_actor(pipeline):
    cdoc = coded(pipeline, "Police in Paris, Texas detained two marchers late on Friday.", "2024-03-04")
    assert code_at(cdoc, "Texas") is None


def test_a_country_after_a_fronted_place_stays_an_actor(pipeline):
    cdoc = coded(pipeline, "In Kabul, Pakistan's envoy met the acting foreign minister.", "2024-03-04")
    assert code_at(cdoc, "Kabul") == "AFG"
    assert (code_at(cdoc, "Pakistan") or "")[:3] == "PAK"


def test_the_police_a_foreign_leader_reaches_are_those_named_before(pipeline):
    text = ("HONIARA - Rioters set fire to shops in the Solomon Islands capital overnight, police said. Two stores "
            "burned down. The New Zealand foreign minister pledged support to the police.")
    cdoc = coded(pipeline, text, "2024-03-04")
    assert code_at(cdoc, "police", 1) == "SLBCOP"


def test_a_leader_thanking_his_own_police_keeps_his_country(pipeline):
    cdoc = coded(pipeline, "The Irish prime minister thanked the police for their work during the storm.",
                 "2024-03-04")
    assert code_at(cdoc, "police") == "IRLCOP"
